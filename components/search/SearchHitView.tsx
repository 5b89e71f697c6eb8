"use client";

import { useEffect, useState } from "react";
import type { SearchHit } from "@/lib/search/engine";
import type { TextShard } from "@/lib/search/format";
import { highlightRanges, makeSnippet, splitByRanges, type Range } from "@/lib/search/highlight";

/** Text with its matched words in <mark>: React text nodes only, never HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
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
    import("@/lib/search/shards").then(async ({ loadShard }) => {
      await Promise.all(missing.map(async (slug) => shardCache.set(slug, (await loadShard(slug)) ?? null)));
      if (live) bump((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return shardCache;
}

export function snippetFor(hit: SearchHit, terms: readonly string[], shards: Map<string, TextShard | null>, max = 160) {
  const sectionText = hit.section ? shards.get(hit.slug)?.sections[hit.section.ordinal] : undefined;
  return makeSnippet(sectionText || hit.summary, terms, max);
}

/** One result: title, category, matching section, snippet. */
export function SearchHitView({ hit, terms, shards }: { hit: SearchHit; terms: readonly string[]; shards: Map<string, TextShard | null> }) {
  const snippet = snippetFor(hit, terms, shards);
  return (
    <>
      <span className="search-hit-head">
        <span className="search-hit-title">
          <Highlighted text={hit.title} ranges={highlightRanges(hit.title, terms)} />
        </span>
        <span className="search-hit-category">{hit.category}</span>
      </span>
      {hit.section && (
        <span className="search-hit-section">
          <span aria-hidden="true">§ </span>
          <Highlighted text={hit.section.heading} ranges={highlightRanges(hit.section.heading, terms)} />
        </span>
      )}
      <span className="search-hit-snippet">
        <Highlighted text={snippet.text} ranges={snippet.ranges} />
      </span>
    </>
  );
}
