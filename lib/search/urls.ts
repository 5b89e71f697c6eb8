/* Where the search files live. No imports: pages import these without pulling in the engine. */
export const SEARCH_BASE = "/search";
export const INDEX_URL = `${SEARCH_BASE}/index.json`;
export const shardUrl = (slug: string) => `${SEARCH_BASE}/text/${encodeURIComponent(slug)}.json`;
/** The search page's engine worker: a static file bundled by scripts/build-search-index.ts (not a Next chunk). */
export const WORKER_URL = `${SEARCH_BASE}/worker.js`;
