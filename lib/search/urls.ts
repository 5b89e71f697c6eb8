/* Where the search files live. No imports: pages import these without pulling in the engine. */
export const SEARCH_BASE = "/search";
export const INDEX_URL = `${SEARCH_BASE}/index.json`;
export const shardUrl = (slug: string) => `${SEARCH_BASE}/text/${encodeURIComponent(slug)}.json`;
