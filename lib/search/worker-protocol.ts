import type { SearchOptions, SearchResult } from "./engine";

/** Page → worker: the index bytes (fetched by the page, which preloads them), then queries. */
export type ToWorker = { type: "init"; index: ArrayBuffer } | { type: "search"; id: number; query: string; options: SearchOptions };

/** Worker → page. `suggestions` come with a result that has no hits ("Did you mean …"). */
export type FromWorker = { type: "ready" } | { type: "error"; message: string } | { type: "result"; id: number; result: SearchResult; suggestions: string[] };
