/**
 * The engine's host: answers the search protocol (worker-protocol.ts) for one page. The search page runs
 * it in a worker (worker.ts), off the main thread; the search dialog runs it on the main thread
 * (connection.ts's `inThreadConnection`), so each keystroke's results are painted in its own frame.
 * Either way a front end sees the same messages (components/search/controller.ts).
 *
 * It parses the index, answers the latest query (one that came before the index is answered once the
 * index is here), with each hit's highlights and snippet, then fetches the text shards of the section
 * hits and sends their section snippets.
 */
import { SearchEngine } from "@/lib/search/engine";
import { isSearchData } from "@/lib/search/format";
import { hitView, type HitView } from "@/lib/search/hit-view";
import { loadShard } from "./shards";
import type { FromWorker, ToWorker } from "./worker-protocol";

type Search = Extract<ToWorker, { type: "search" }>;

/** A host that posts its answers with `post`; returns the function that takes its messages. */
export function createSearchHost(post: (m: FromWorker) => void): (m: ToWorker) => void {
  let engine: SearchEngine | undefined;
  let pending: Search | undefined;
  let latest = -1;

  function answer(msg: Search, built: SearchEngine) {
    latest = msg.id;
    // The engine cleans the query itself (and reads a trailing space as "the last word is whole").
    const result = built.search(msg.query, msg.options);
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

  return (msg) => {
    if (msg.type === "init") {
      try {
        const data: unknown = JSON.parse(new TextDecoder().decode(msg.index));
        if (!isSearchData(data)) throw new Error("search index: unexpected format");
        engine = new SearchEngine(data);
        post({ type: "ready" });
        if (pending) answer(pending, engine);
        pending = undefined;
        // The typo index is built after the first answers are out, in slices so queries interleave (a
        // typo before it is done builds the rest at once).
        void engine.warmSliced();
      } catch (err) {
        post({ type: "error", message: err instanceof Error ? err.message : String(err) });
      }
      return;
    }
    latest = msg.id;
    if (engine) answer(msg, engine);
    else pending = msg;
  };
}
