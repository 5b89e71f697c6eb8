/**
 * The one controller of search, shared by the dialog (SearchDialog.tsx) and the search page
 * (SearchPage.tsx): it holds the query, the engine's status and the answer to the query, and talks to
 * the engine's host through the worker protocol (runtime/worker-protocol.ts) over a connection
 * (runtime/connection.ts: a worker, or the main thread). No React and no DOM: the components read it
 * with useSyncExternalStore (useSearch.ts) and controller.test.ts drives it with a fake host.
 *
 * Answers are matched to queries by id, so an answer to an older query never replaces a newer one's;
 * until the newer one's answer is in, the older answer stays on screen (no flash of an empty list).
 */
import type { SearchResult } from "@/lib/search/engine";
import type { HitView } from "@/lib/search/hit-view";
import type { Connect, SearchConnection } from "./runtime/connection";
import type { FromWorker } from "./runtime/worker-protocol";

export type SearchStatus = "idle" | "loading" | "ready" | "error";

export interface SearchAnswer {
  result: SearchResult;
  /** What each hit shows (highlights, snippet), by hit index. */
  views: readonly HitView[];
  /** Near words, when the query found nothing ("Did you mean …"). */
  suggestions: readonly string[];
}

export interface SearchState {
  /** The query as typed. */
  query: string;
  status: SearchStatus;
  /** The answer to the latest non-empty query answered; null for an empty query or before any answer. */
  answer: SearchAnswer | null;
  /** Whether `answer` answers `query` itself (false while a newer query is on its way). */
  current: boolean;
  /** Whether the whole list is shown ("Show more" was pressed for this answer). */
  expanded: boolean;
}

export interface SearchControllerOptions {
  /** Hits asked for. */
  limit: number;
  /** Hits shown before "Show more" (all when absent). */
  firstPage?: number;
}

export const INITIAL_SEARCH_STATE: SearchState = { query: "", status: "idle", answer: null, current: true, expanded: false };

export class SearchController {
  private state: SearchState = INITIAL_SEARCH_STATE;
  private readonly listeners = new Set<() => void>();
  private connection: SearchConnection | undefined;
  private latest = 0;
  private answered = 0;

  constructor(
    private readonly connect: Connect,
    readonly options: SearchControllerOptions,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = (): SearchState => this.state;

  /** Opens the connection (fetching the index) once; later calls do nothing, unless it failed: then they try again. */
  load(): void {
    if (this.connection && this.state.status !== "error") return;
    this.set({ status: "loading" });
    this.connection = this.connect((m) => this.receive(m));
    if (this.state.query.trim()) this.ask(this.state.query, undefined);
  }

  /**
   * Searches `query` (asked at once when loaded, else when `load` is called). `partial`: whether the
   * last word may be half-typed (the engine's default: unless the query ends with a space).
   */
  setQuery(query: string, partial?: boolean): void {
    this.set({ query, current: !query.trim() });
    this.ask(query, partial);
  }

  /** Shows the whole list of the current answer. */
  showMore(): void {
    if (this.state.answer && !this.state.expanded) this.set({ expanded: true });
  }

  /** The hits to list: the first page, or all once expanded. */
  visibleHits(state: SearchState = this.state): SearchResult["hits"] {
    const hits = state.answer?.result.hits ?? [];
    const first = this.options.firstPage;
    return state.expanded || first === undefined ? hits : hits.slice(0, first);
  }

  private ask(query: string, partial: boolean | undefined): void {
    const id = ++this.latest;
    if (!query.trim()) {
      this.answered = id;
      this.set({ answer: null, current: true, expanded: false });
      return;
    }
    this.connection?.send({ type: "search", id, query, options: partial === undefined ? { limit: this.options.limit } : { limit: this.options.limit, partial } });
  }

  private receive(m: FromWorker): void {
    if (m.type === "ready") this.set({ status: "ready" });
    else if (m.type === "error") this.set({ status: "error" });
    else if (m.type === "result") {
      // Answers come in order; one older than the last shown, or than an emptied box, is dropped.
      if (m.id < this.answered) return;
      this.answered = m.id;
      this.set({ answer: { result: m.result, views: m.views, suggestions: m.suggestions }, current: m.id === this.latest, expanded: false, status: "ready" });
    } else if (m.id === this.answered && this.state.answer) {
      // Section snippets, once the host has their text: only those hits' views are replaced.
      const views = [...this.state.answer.views];
      for (const [i, view] of m.changed) views[i] = view;
      this.set({ answer: { ...this.state.answer, views } });
    }
  }

  private set(patch: Partial<SearchState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
