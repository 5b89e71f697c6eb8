/// <reference lib="webworker" />
/*
 * The search page's engine, off the main thread: parsing the index and building the engine take a few
 * hundred milliseconds on a phone, which on the main thread delays the first paint of results and
 * blocks input. Queries are answered here in microseconds and posted back as plain data.
 */
import { SearchEngine } from "@/lib/search/engine";
import { isSearchData } from "@/lib/search/format";
import type { FromWorker, ToWorker } from "@/lib/search/worker-protocol";

declare const self: DedicatedWorkerGlobalScope;
let engine: SearchEngine | undefined;
const post = (m: FromWorker) => self.postMessage(m);

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === "init") {
    try {
      const data: unknown = JSON.parse(new TextDecoder().decode(msg.index));
      if (!isSearchData(data)) throw new Error("search index: unexpected format");
      engine = new SearchEngine(data);
      post({ type: "ready" });
      // The typo index is built after the first answers can go out, in slices so queries interleave
      // (a typo before it is done builds the rest at once).
      void engine.warmSliced();
    } catch (err) {
      post({ type: "error", message: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  if (!engine) return;
  const result = engine.search(msg.query, msg.options);
  post({ type: "result", id: msg.id, result, suggestions: result.hits.length ? [] : engine.suggest(result.query) });
};
