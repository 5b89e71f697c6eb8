/// <reference lib="webworker" />
/*
 * The search page's engine, off the main thread: parsing the index and building the engine take a few
 * hundred milliseconds on a phone, which on the main thread delays the first paint of results and
 * blocks input. Queries are answered here in microseconds, with each hit's highlights and snippet, and
 * posted back as plain data; the text shards for section snippets are fetched and cut here too.
 * Bundled on its own into public/search/worker.js (scripts/build-search-index.ts).
 */
import { SearchEngine } from "@/lib/search/engine";
import { isSearchData } from "@/lib/search/format";
import { hitView, type HitView } from "@/lib/search/hit-view";
import { cleanQuery } from "@/lib/search/normalize";
import { loadShard } from "./shards";
import type { FromWorker, ToWorker } from "./worker-protocol";

declare const self: DedicatedWorkerGlobalScope;
let engine: SearchEngine | undefined;
let pending: Extract<ToWorker, { type: "search" }> | undefined;
let latest = -1;
const post = (m: FromWorker) => self.postMessage(m);

function answer(msg: Extract<ToWorker, { type: "search" }>, built: SearchEngine) {
  latest = msg.id;
  const result = built.search(cleanQuery(msg.query), msg.options);
  const views = result.hits.map((h) => hitView(h, result.terms));
  post({ type: "result", id: msg.id, result, views, suggestions: result.hits.length ? [] : built.suggest(result.query) });
  if (!result.hits.some((h) => h.section)) return;
  // Section snippets once the shards are here (the answer above did not wait for them).
  void Promise.all(result.hits.map((h) => (h.section ? loadShard(h.slug) : undefined))).then((shards) => {
    if (msg.id !== latest) return;
    const changed: [number, HitView][] = [];
    result.hits.forEach((h, i) => {
      const text = h.section && shards[i]?.sections[h.section.ordinal];
      if (text) changed.push([i, hitView(h, result.terms, text)]);
    });
    if (changed.length) post({ type: "views", id: msg.id, changed });
  });
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === "init") {
    try {
      const data: unknown = JSON.parse(new TextDecoder().decode(msg.index));
      if (!isSearchData(data)) throw new Error("search index: unexpected format");
      engine = new SearchEngine(data);
      post({ type: "ready" });
      if (pending) answer(pending, engine);
      pending = undefined;
      // The typo index is built after the first answers are out, in slices so queries interleave (a typo
      // before it is done builds the rest at once).
      void engine.warmSliced();
    } catch (err) {
      post({ type: "error", message: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  if (engine) answer(msg, engine);
  else pending = msg;
};
