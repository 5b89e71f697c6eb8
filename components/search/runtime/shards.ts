/**
 * Section texts for snippets, fetched per entry on demand. Kept apart from the engine: the search page
 * runs the engine in a worker and must not load it on the main thread just to fetch snippets.
 */
import { isTextShard, type TextShard } from "@/lib/search/format";
import { shardUrl } from "@/lib/search/urls";

const shards = new Map<string, Promise<TextShard | undefined>>();

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

