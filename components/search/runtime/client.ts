/**
 * Loading for the browser (works wherever `fetch` exists): the index is a static file fetched on first
 * use, never part of a page's JavaScript. The UI imports this module dynamically, so flexsearch and the
 * engine are a separate chunk too.
 */
import { SearchEngine } from "@/lib/search/engine";
import { isSearchData } from "@/lib/search/format";
import { INDEX_URL } from "@/lib/search/urls";

export { INDEX_URL, SEARCH_BASE, shardUrl } from "@/lib/search/urls";
export { loadShard } from "./shards";

/** User-timing marks (DevTools and Lighthouse show them) where the platform has them. */
const mark = (name: string) => globalThis.performance?.mark?.(name);

let engine: Promise<SearchEngine> | undefined;

/** The engine, fetched and built once; a failed load is retried on the next call. */
export function loadEngine(fetchImpl: typeof fetch = fetch): Promise<SearchEngine> {
  engine ??= (async () => {
    mark("atlas:search-index-requested");
    const res = await fetchImpl(INDEX_URL);
    if (!res.ok) throw new Error(`search index: HTTP ${res.status}`);
    const data: unknown = await res.json();
    if (!isSearchData(data)) throw new Error("search index: unexpected format");
    mark("atlas:search-index-parsed");
    const built = await SearchEngine.create(data);
    mark("atlas:search-engine-ready");
    return built;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}
