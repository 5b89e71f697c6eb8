"use client";

import { useCallback, useEffect, useRef, type MouseEvent as ReactMouseEvent, type ReactNode } from "react";
import { cleanQuery, MAX_QUERY_LENGTH } from "@/lib/search/normalize";
import { holdPageReady } from "../layout/page-ready";
import { SearchController } from "./controller";
import { DidYouMean } from "./DidYouMean";
import { isShortcut, OPEN_SEARCH_EVENT, takeEarlyShortcut, type OpenSearchDetail } from "./events";
import { workerConnection } from "./runtime/connection";
import { SearchHitView } from "./SearchHitView";
import { useSearch } from "./useSearch";
import "./search.css";

/** How many results a query lists at most, and how many before "Show more". */
const PAGE_LIMIT = 50;
const FIRST_PAGE = 20;
const EXAMPLES = ["GQA", "flash att", "trasnformer", "normalisation", "atrous", "decoupled weight decay", "nn.LayerNorm"];

const searchHref = (q: string) => `/search?q=${encodeURIComponent(q)}`;

function queryFromLocation(): string {
  try {
    return cleanQuery(new URLSearchParams(location.search).get("q") ?? "");
  } catch {
    return "";
  }
}

function plainClick(e: ReactMouseEvent) {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/**
 * The page's controller (controller.ts, the dialog's too), with its engine in a worker. In the browser it
 * starts when this module is evaluated, before React hydrates the page: the worker, the index (already
 * preloaded by the page's head) and the address's query are on their way at once.
 */
const pageSearch = new SearchController(workerConnection, { limit: PAGE_LIMIT, firstPage: FIRST_PAGE });
/** This page's content is its results: what can wait (page-ready.ts) waits until they are drawn. */
let releasePageReady = () => {};
if (typeof window !== "undefined") {
  releasePageReady = holdPageReady();
  pageSearch.setQuery(queryFromLocation(), false);
  pageSearch.load();
}

/**
 * /search?q=…: the full ranked list for a shareable query, the first 20 and the rest on request. Typing
 * updates the list and the address; a submitted query, an example or a suggestion is a new history entry,
 * and the back button restores the query before it. Here the header's search box and the ⌘K and "/"
 * shortcuts (also one pressed before the scripts ran) lead to this page's box; elsewhere they open the
 * dialog. Hits are drawn by the dialog's own renderer (SearchHitView.tsx).
 */
export function SearchPage() {
  const state = useSearch(pageSearch);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const focusRevealed = useRef(false);
  // Drawn: the first answer, the examples (no query) or the error.
  const contentDrawn = state.status === "error" || (state.status === "ready" && (!state.query.trim() || state.answer !== null));
  useEffect(() => {
    if (contentDrawn) releasePageReady();
  }, [contentDrawn]);

  /** Searches `q` and puts it in the address: as a new history entry (`push`), or in place while typing. */
  const update = useCallback((q: string, push: boolean) => {
    const url = q.trim() ? searchHref(q.trim()) : "/search";
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    pageSearch.setQuery(q, !push);
  }, []);

  useEffect(() => {
    const box = inputRef.current;
    const focusBox = () => {
      box?.focus();
      box?.select();
    };
    const onPop = () => pageSearch.setQuery(queryFromLocation(), false);
    // The header box sends what is typed in it: it replaces this box's text, and typing goes on here.
    const onOpen = (e: Event) => {
      const typed = ((e as CustomEvent<OpenSearchDetail>).detail?.query ?? "").slice(0, MAX_QUERY_LENGTH);
      box?.focus();
      update(typed, false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      e.preventDefault();
      focusBox();
    };
    const early = takeEarlyShortcut();
    if (early) {
      focusBox();
      // Text typed after the shortcut, before the scripts ran, replaces the box's text as typing would.
      if (early.typed) update(early.typed.slice(0, MAX_QUERY_LENGTH), false);
    }
    addEventListener("popstate", onPop);
    addEventListener(OPEN_SEARCH_EVENT, onOpen);
    addEventListener("keydown", onKey);
    return () => {
      removeEventListener("popstate", onPop);
      removeEventListener(OPEN_SEARCH_EVENT, onOpen);
      removeEventListener("keydown", onKey);
    };
  }, [update]);

  useEffect(() => {
    if (!state.expanded || !focusRevealed.current) return;
    focusRevealed.current = false;
    // The button is gone: keyboard focus continues at the first result it revealed.
    listRef.current?.querySelectorAll<HTMLAnchorElement>(":scope > li > a")[FIRST_PAGE]?.focus();
  }, [state.expanded]);

  const searchLink = (q: string) => (
    <a
      href={searchHref(q)}
      onClick={(e) => {
        if (!plainClick(e)) return;
        e.preventDefault();
        update(q, true);
      }}
    >
      {q}
    </a>
  );
  const examples = (
    <ul className="search-examples">
      {EXAMPLES.map((q) => (
        <li key={q}>{searchLink(q)}</li>
      ))}
    </ul>
  );

  const trimmed = state.query.trim();
  const answer = trimmed ? state.answer : null;
  const result = answer?.result;
  const hits = result?.hits ?? [];
  const shown = pageSearch.visibleHits(state);

  let status: ReactNode = null;
  let body: ReactNode = null;
  if (!answer || !result) {
    if (state.status === "loading") status = "Loading the index…";
    else if (state.status === "error") status = "The search index could not be loaded. Browse the categories instead.";
    else if (state.status === "ready" && !trimmed)
      body = (
        <div className="search-empty">
          <p>Type a term, an abbreviation, an API name or a concept. For example:</p>
          {examples}
        </div>
      );
  } else if (hits.length) {
    status = (
      <>
        {hits.length === PAGE_LIMIT ? `${PAGE_LIMIT}+` : hits.length} result{hits.length === 1 ? "" : "s"} for <q>{result.query}</q>
        {result.corrected && (
          <>
            {" "}
            (showing results for <strong>{result.corrected}</strong>)
          </>
        )}
      </>
    );
    body = (
      <>
        <ol className="search-page-results" aria-label="Search results" ref={listRef}>
          {shown.map((hit, i) => (
            <li key={hit.href} className="search-hit">
              <a href={hit.href}>
                <SearchHitView hit={hit} view={answer.views[i]!} />
              </a>
            </li>
          ))}
        </ol>
        {shown.length < hits.length && (
          <button
            type="button"
            className="search-more"
            onClick={() => {
              focusRevealed.current = true;
              pageSearch.showMore();
            }}
          >
            Show {hits.length - shown.length} more results
          </button>
        )}
      </>
    );
  } else {
    status = (
      <>
        No results for <q>{result.query}</q>.
      </>
    );
    body = (
      <div className="search-empty">
        <DidYouMean suggestions={answer.suggestions}>{searchLink}</DidYouMean>
        <p>Try one of these instead:</p>
        {examples}
      </div>
    );
  }

  return (
    <div className="search-page">
      <h1>Search</h1>
      <form
        action="/search"
        method="get"
        role="search"
        className="search-page-form"
        onSubmit={(e) => {
          e.preventDefault();
          update(cleanQuery(state.query), true);
        }}
      >
        <label htmlFor="search-page-input" className="visually-hidden">
          Search the encyclopedia
        </label>
        <input
          ref={inputRef}
          id="search-page-input"
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Search entries, sections, APIs…"
          value={state.query}
          onChange={(e) => update(e.target.value, false)}
        />
        <button type="submit">Search</button>
      </form>
      <div className="search-page-body">
        {/* One live region for the whole visit, updated in place, so screen readers announce each change. */}
        <p className="search-status" aria-live="polite">
          {status}
        </p>
        {body}
      </div>
    </div>
  );
}
