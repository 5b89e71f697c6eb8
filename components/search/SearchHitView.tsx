"use client";

import { createElement, Fragment, useEffect, useState, type ReactNode } from "react";
import type { SearchHit } from "@/lib/search/engine";
import type { TextShard } from "@/lib/search/format";
import { hitView, type HitView } from "@/lib/search/hit-view";
import { hitMarkup, type Markup } from "./hit-markup";

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

/** The markup as React elements (text children only, never HTML). */
function toReact(m: Markup, key: number): ReactNode {
  if (typeof m === "string") return m;
  return createElement(m.tag, { key, className: m.className, "aria-hidden": m.hidden ? "true" : undefined }, ...m.children.map(toReact));
}

/** One result of the dialog: the shared hit markup (hit-markup.ts), the same the search page builds. */
export function SearchHitView({ hit, view }: { hit: SearchHit; view: HitView }) {
  return createElement(Fragment, null, ...hitMarkup(hit, view).map(toReact));
}
