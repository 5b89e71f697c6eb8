import { MAX_QUERY_LENGTH } from "@/lib/search/normalize";
import { SEARCH_PAGE_SCRIPT_URL } from "@/lib/search/urls";
import "./search.css";

/**
 * /search?q=…: the full ranked list for a shareable query. Static markup: the page's own script
 * (components/search/page-controller.ts, served as /search/page.js and loaded async from the head)
 * reads the query from the address, asks the worker and fills the results region, which React leaves
 * alone (it has no children for React to hydrate).
 */
export function SearchPage() {
  return (
    <div className="search-page">
      {/* High priority: at the default (low) one, Chrome holds the request back until the index has arrived. */}
      <script async src={SEARCH_PAGE_SCRIPT_URL} fetchPriority="high" />
      <h1>Search</h1>
      <form action="/search" method="get" role="search" className="search-page-form">
        <label htmlFor="search-page-input" className="visually-hidden">
          Search the encyclopedia
        </label>
        <input id="search-page-input" name="q" type="search" autoComplete="off" spellCheck={false} maxLength={MAX_QUERY_LENGTH} placeholder="Search entries, sections, APIs…" />
        <button type="submit">Search</button>
      </form>
      <div className="search-page-body" data-search-results="" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: "" }} />
    </div>
  );
}
