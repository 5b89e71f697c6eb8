/** What the engine answers: the public types of lib/search, used by the dialog, the page's worker and the bench. */

export interface SearchHit {
  slug: string;
  title: string;
  category: string;
  summary: string;
  /** The matching section, when the match is in one (not for a title or alias match alone). */
  section?: { id: string; heading: string; ordinal: number };
  /** `/entries/<slug>` or `/entries/<slug>#<section id>`. */
  href: string;
  score: number;
  /** How the entry matched: the whole query is its title, an alias or its API name, or full text. */
  match: "title" | "alias" | "api" | "text";
}

export interface SearchResult {
  /** The query as searched (cleaned, length-capped). */
  query: string;
  /** Terms to highlight (as searched, and as typed where a typo was corrected). */
  terms: string[];
  /** The query with typos corrected, when a correction was applied ("Showing results for …"). */
  corrected?: string;
  hits: SearchHit[];
}

export interface SearchOptions {
  /** Maximum hits (default 10, at most 100). */
  limit?: number;
  /**
   * Whether the last word may be half-typed (default: yes unless the query ends with a space or
   * punctuation). A submitted query (the /search page) passes false.
   */
  partial?: boolean;
}
