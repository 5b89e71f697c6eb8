/**
 * The shipped search data. Built at build time (scripts/build-search-index.ts), fetched by the browser on
 * first use, and read by the same engine in Node (bench, tests). Compact rows instead of objects keep the
 * gzipped file small; the engine expands them once on load.
 *
 * public/search/index.json — everything needed to rank and to show a result (title, category, section,
 *                            summary); the full-text side is trimmed to each entry's most distinctive terms.
 * public/search/text/<slug>.json — the prose of each section of one entry, fetched only for the entries
 *                            on screen, to cut highlighted snippets from.
 */

export const SEARCH_DATA_VERSION = 4;

/** [text, id, depth] of a section heading; ids are the compiler's heading ids. */
export type HeadingRow = [text: string, id: string, depth: number];

/**
 * One entry: slug, title, category (index into `cats`), aliases, summary, API name ("" if none),
 * its sections (indices into `heads`, in page order; -1 for text before the first heading), aligned
 * with them each section's distinctive body terms, the terms of the titles of its papers, and the terms
 * of the problems it solves (frontmatter `problems`: one group of terms per problem statement,
 * groups separated by "|", terms by spaces, already normalized and stemmed), and how many other entries
 * link to it (its centrality, which orders results that score the same).
 */
export type EntryRow = [slug: string, title: string, cat: number, aliases: string[], summary: string, api: string, sections: number[], sectionTerms: string[], paperTerms: string, problemTerms: string, inlinks: number];

export interface SearchData {
  v: number;
  /** Category titles. */
  cats: string[];
  /** Distinct headings (the same "What it does" is stored once). */
  heads: HeadingRow[];
  entries: EntryRow[];
}

/** Prose of one entry's sections, aligned with its `sections`. */
export interface TextShard {
  v: number;
  slug: string;
  sections: string[];
}

export function isSearchData(x: unknown): x is SearchData {
  const d = x as SearchData | null;
  return !!d && typeof d === "object" && d.v === SEARCH_DATA_VERSION && Array.isArray(d.cats) && Array.isArray(d.heads) && Array.isArray(d.entries);
}

export function isTextShard(x: unknown): x is TextShard {
  const d = x as TextShard | null;
  return !!d && typeof d === "object" && d.v === SEARCH_DATA_VERSION && typeof d.slug === "string" && Array.isArray(d.sections) && d.sections.every((s) => typeof s === "string");
}
