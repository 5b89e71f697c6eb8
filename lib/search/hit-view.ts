/**
 * What one result shows, as data: the matched words of its title and section heading, and its snippet
 * (cut from the matching section's text when that is at hand, else from the summary). Computed where the
 * engine runs: on the main thread for the search dialog, in the worker for the search page.
 */
import type { SearchHit } from "./engine";
import { highlightRanges, makeSnippet, type Range, type Snippet } from "./highlight";

export interface HitView {
  title: Range[];
  heading?: Range[];
  snippet: Snippet;
}

export const SNIPPET_CHARS = 160;

export function hitView(hit: SearchHit, terms: readonly string[], sectionText?: string): HitView {
  return {
    title: highlightRanges(hit.title, terms),
    heading: hit.section ? highlightRanges(hit.section.heading, terms) : undefined,
    snippet: makeSnippet(sectionText || hit.summary, terms, SNIPPET_CHARS),
  };
}
