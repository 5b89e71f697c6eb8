/**
 * Loading for the browser (works wherever `fetch` exists): the index is a static file fetched on first
 * use, never part of a page's JavaScript. The UI imports this module dynamically, so flexsearch and the
 * engine are a separate chunk too.
 */
import { SearchEngine } from "./engine";
import { isSearchData, isTextShard, type TextShard } from "./format";

export const SEARCH_BASE = "/search";
export const INDEX_URL = `${SEARCH_BASE}/index.json`;
export const shardUrl = (slug: string) => `${SEARCH_BASE}/text/${encodeURIComponent(slug)}.json`;

/** User-timing marks (DevTools and Lighthouse show them) where the platform has them. */
const mark = (name: string) => globalThis.performance?.mark?.(name);

let engine: Promise<SearchEngine> | undefined;
const shards = new Map<string, Promise<TextShard | undefined>>();

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

/** Section texts of one entry, for snippets; undefined if unavailable (snippets then use the summary). */
export function loadShard(slug: string, fetchImpl: typeof fetch = fetch): Promise<TextShard | undefined> {
  let p = shards.get(slug);
  if (!p) {
    p = fetchImpl(shardUrl(slug))
      .then((r) => (r.ok ? r.json() : undefined))
      .then((d: unknown) => (isTextShard(d) && d.slug === slug ? d : undefined))
      .catch(() => undefined);
    shards.set(slug, p);
  }
  return p;
}

/** A shard already loaded (synchronously), for rendering without waiting. */
const ready = new Map<string, TextShard>();
export function shardIfLoaded(slug: string): TextShard | undefined {
  return ready.get(slug);
}
export async function preloadShards(slugs: readonly string[]): Promise<void> {
  await Promise.all(
    slugs.map(async (s) => {
      const d = await loadShard(s);
      if (d) ready.set(s, d);
    }),
  );
}
