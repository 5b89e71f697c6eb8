import type { SearchOptions, SearchResult } from "@/lib/search/engine";
import type { HitView } from "@/lib/search/hit-view";

/**
 * Page → worker: the index bytes, then queries. The index may arrive after the first query (the search
 * page posts the address's query at once): the worker answers the latest one when ready.
 */
export type ToWorker = { type: "init"; index: ArrayBuffer } | { type: "search"; id: number; query: string; options: SearchOptions };

/**
 * Worker → page. A result carries what each hit shows (`views`, snippets from the summaries); once the
 * text shards of its section hits are fetched, `changed` replaces the views of those hits (by index) with
 * section snippets, so the page re-renders only them.
 * `suggestions` come with a result that has no hits ("Did you mean …").
 */
export type FromWorker =
  | { type: "ready" }
  | { type: "error"; message: string }
  | { type: "result"; id: number; result: SearchResult; views: HitView[]; suggestions: string[] }
  | { type: "views"; id: number; changed: [index: number, view: HitView][] };
