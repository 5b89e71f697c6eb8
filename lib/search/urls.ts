/* Where the search files live. No imports: pages import these without pulling in the engine. */
export const SEARCH_BASE = "/search";
export const INDEX_URL = `${SEARCH_BASE}/index.json`;
export const shardUrl = (slug: string) => `${SEARCH_BASE}/text/${encodeURIComponent(slug)}.json`;
/** The search page's script and its engine's worker: static files bundled by scripts/build-search-index.ts (not Next chunks). */
export const SEARCH_PAGE_SCRIPT_URL = `${SEARCH_BASE}/page.js`;
export const WORKER_URL = `${SEARCH_BASE}/worker.js`;
