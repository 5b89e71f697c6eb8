"use client";

import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import type { SearchResult } from "@/lib/search/engine";
import { cleanQuery, MAX_QUERY_LENGTH } from "@/lib/search/normalize";
import { DidYouMean } from "./DidYouMean";
import { SEARCH_PAGE_LIMIT as PAGE_LIMIT } from "./early-worker";
import { SearchHitView } from "./SearchHitView";
import { useSearchWorker } from "./useSearchWorker";
import "./search.css";

/** Results listed at first; the rest of the page (up to PAGE_LIMIT) on "Show more". */
const FIRST_PAGE = 20;
const EXAMPLES = ["GQA", "flash att", "trasnformer", "normalisation", "atrous", "decoupled weight decay", "nn.LayerNorm"];

function queryFromLocation(): string {
  try {
    return cleanQuery(new URLSearchParams(window.location.search).get("q") ?? "");
  } catch {
    return "";
  }
}

const searchHref = (q: string) => `/search?q=${encodeURIComponent(q)}`;

/**
 * /search?q=…: the full ranked list for a shareable query. The query is read from the location on the
 * client (the page is static); typing updates the list and the address.
 */
export function SearchPage() {
  const [query, setQuery] = useState<string | null>(null);
  /** While typing, the last word may be half a word; a query from the address or a submit is complete. */
  const [typing, setTyping] = useState(false);
  // The engine runs in a worker here (started by the page's head script): this page needs it at once, and
  // building it on the main thread would block the first paint and input for a few hundred milliseconds
  // on a phone. The worker also cuts the snippets.
  const { status, answer, search } = useSearchWorker();
  const engine = status === "ready";

  useEffect(() => {
    setQuery(queryFromLocation());
    const onPop = () => {
      setTyping(false);
      setQuery(queryFromLocation());
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    if (engine) search(query ?? "", { limit: PAGE_LIMIT, partial: typing });
  }, [engine, query, typing, search]);
  // The answer shown is the one for the current query (a late answer to an older one never shows).
  const result = answer && query?.trim() ? answer.result : null;
  const hits = result?.hits ?? [];
  const views = answer?.views ?? [];
  // A new answer lists its first FIRST_PAGE hits again (less to render and lay out before the first paint).
  const [more, setMore] = useState<SearchResult | null>(null);
  const shown = more === result ? hits : hits.slice(0, FIRST_PAGE);
  const list = useRef<HTMLOListElement>(null);
  const showMore = () => {
    flushSync(() => setMore(result));
    // The button is gone: keyboard focus continues at the first result it revealed.
    list.current?.querySelectorAll<HTMLAnchorElement>(":scope > li > a")[FIRST_PAGE]?.focus();
  };
  const suggestions = answer && !hits.length ? answer.suggestions : [];

  const update = useCallback((q: string, push: boolean) => {
    setQuery(q);
    setTyping(!push);
    const url = q.trim() ? searchHref(q.trim()) : "/search";
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = new FormData(e.currentTarget).get("q");
    update(typeof q === "string" ? cleanQuery(q) : "", true);
  };

  const trimmed = (query ?? "").trim();
  return (
    <div className="search-page">
      <h1>Search</h1>
      <form action="/search" method="get" role="search" className="search-page-form" onSubmit={onSubmit}>
        <label htmlFor="search-page-input" className="visually-hidden">
          Search the encyclopedia
        </label>
        <input
          id="search-page-input"
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Search entries, sections, APIs…"
          value={query ?? ""}
          onChange={(e) => update(e.target.value, false)}
        />
        <button type="submit">Search</button>
      </form>

      {status === "loading" && !engine && <p className="search-status">Loading the index…</p>}
      {status === "error" && !engine && <p className="search-status">The search index could not be loaded. Browse the categories instead.</p>}

      {engine && !trimmed && (
        <div className="search-empty">
          <p>Type a term, an abbreviation, an API name or a concept. For example:</p>
          <ExampleQueries onPick={(q) => update(q, true)} />
        </div>
      )}

      {result && (
        <>
          <p className="search-status" aria-live="polite">
            {hits.length ? (
              <>
                {hits.length === PAGE_LIMIT ? `${PAGE_LIMIT}+` : hits.length} result{hits.length === 1 ? "" : "s"} for <q>{result.query}</q>
                {result.corrected && (
                  <>
                    {" "}
                    (showing results for <strong>{result.corrected}</strong>)
                  </>
                )}
              </>
            ) : (
              <>
                No results for <q>{result.query}</q>.
              </>
            )}
          </p>
          {hits.length > 0 && (
            <ol ref={list} className="search-page-results" aria-label="Search results">
              {shown.map((hit, i) => (
                <li key={hit.href} className="search-hit">
                  <a href={hit.href}>
                    <SearchHitView hit={hit} view={views[i]!} />
                  </a>
                </li>
              ))}
            </ol>
          )}
          {shown.length < hits.length && (
            <button type="button" className="search-more" onClick={showMore}>
              Show {hits.length - shown.length} more results
            </button>
          )}
          {!hits.length && (
            <div className="search-empty">
              <DidYouMean suggestions={suggestions}>
                {(s) => (
                  <a href={searchHref(s)} onClick={(e) => (e.preventDefault(), update(s, true))}>
                    {s}
                  </a>
                )}
              </DidYouMean>
              <p>Try one of these instead:</p>
              <ExampleQueries onPick={(q) => update(q, true)} />
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** Example queries that search in place (and still work as plain links without JavaScript). */
function ExampleQueries({ onPick }: { onPick: (q: string) => void }) {
  return (
    <ul className="search-examples">
      {EXAMPLES.map((q) => (
        <li key={q}>
          <a href={searchHref(q)} onClick={(e) => (e.preventDefault(), onPick(q))}>
            {q}
          </a>
        </li>
      ))}
    </ul>
  );
}
