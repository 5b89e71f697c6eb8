"use client";

import { useEffect, useState } from "react";
import type { SearchHit } from "@/lib/search/engine";
import type { TextShard } from "@/lib/search/format";
import { splitByRanges, type Range } from "@/lib/search/highlight";
import { hitView, type HitView } from "@/lib/search/hit-view";

/** Text with its matched words in <mark>: React text nodes only, never HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}
    </>
  );
}

const shardCache = new Map<string, TextShard | null>();

/**
 * Section texts of the entries whose hits point at a section, fetched (once each) after the results are
 * on screen; until then the snippet is cut from the summary.
 */
export function useShards(hits: readonly SearchHit[]): Map<string, TextShard | null> {
  const [, bump] = useState(0);
  const key = hits
    .filter((h) => h.section)
    .map((h) => h.slug)
    .join(" ");
  useEffect(() => {
    const missing = key ? key.split(" ").filter((s) => !shardCache.has(s)) : [];
    if (!missing.length) return;
    let live = true;
    import("./runtime/shards").then(async ({ loadShard }) => {
      await Promise.all(missing.map(async (slug) => shardCache.set(slug, (await loadShard(slug)) ?? null)));
      if (live) bump((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return shardCache;
}

/** The views of the dialog's hits: section snippets where the entry's shard is here, else the summary's. */
export function hitViews(hits: readonly SearchHit[], terms: readonly string[], shards: Map<string, TextShard | null>): HitView[] {
  return hits.map((hit) => hitView(hit, terms, hit.section ? shards.get(hit.slug)?.sections[hit.section.ordinal] : undefined));
}

/** One result of the dialog: title, category, matching section, snippet (the search page builds the same markup in page-controller.ts). */
export function SearchHitView({ hit, view }: { hit: SearchHit; view: HitView }) {
  return (
    <>
      <span className="search-hit-head">
        <span className="search-hit-title">
          <Highlighted text={hit.title} ranges={view.title} />
        </span>
        <span className="search-hit-category">{hit.category}</span>
      </span>
      {hit.section && (
        <span className="search-hit-section">
          <span aria-hidden="true">§ </span>
          <Highlighted text={hit.section.heading} ranges={view.heading ?? []} />
        </span>
      )}
      <span className="search-hit-snippet">
        <Highlighted text={view.snippet.text} ranges={view.snippet.ranges} />
      </span>
    </>
  );
}
