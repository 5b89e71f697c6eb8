/**
 * Build-time extraction: MDX entries → the compact search data (format.ts) and per-entry text shards.
 * Pure (no file system); scripts/build-search-index.ts and the bench feed it loaded content.
 *
 * Sections and their text come from the compiler's reading of each page (lib/mdx/structure.ts), so a
 * search hit's #id is the page's heading id by construction.
 */
import { SEARCH_DATA_VERSION, type EntryRow, type HeadingRow, type SearchData, type TextShard } from "./format";
import { fieldTerms, normalizeText, root, STOPWORDS, stem, terms, words } from "./normalize";
import { QUESTION_FILLER } from "./synonyms";

export interface SourceEntry {
  slug: string;
  title: string;
  aliases: string[];
  category: string;
  summary: string;
  api?: string;
  papers?: { title: string }[];
  /** Problems the entry solves, as readers phrase them. */
  problems?: string[];
  /** The entry's sections as the compiler reads them (lib/mdx/structure.ts), before searchSections. */
  sections: readonly ExtractedSection[];
}

export interface SourceCategory {
  slug: string;
  title: string;
}

/**
 * A section as search indexes it: the compiler's sections (lib/mdx/structure.ts) at ## and ###, each
 * deeper (or #) heading folded into the section above it, its title read as prose.
 */
export interface ExtractedSection {
  /** Plain heading text ("" for the text before the first heading). */
  heading: string;
  /** Heading id ("" for the intro). */
  id: string;
  depth: number;
  /** Prose of the section: no code, no display math, inline Markdown reduced to its text. */
  text: string;
  /** The same prose without inline math, which is what gets indexed. */
  indexText: string;
}

/** The compiler's sections of a page (every heading depth) → the ## / ### sections search indexes. */
export function searchSections(sections: readonly ExtractedSection[]): ExtractedSection[] {
  const out: ExtractedSection[] = [];
  for (const s of sections) {
    const own = s.depth === 0 || s.depth === 2 || s.depth === 3;
    const last = out[out.length - 1];
    if (own || !last) {
      out.push(own ? { ...s } : { heading: "", id: "", depth: 0, text: `${s.heading} ${s.text}`.trim(), indexText: `${s.heading} ${s.indexText}`.trim() });
      continue;
    }
    last.text = [last.text, s.heading, s.text].filter(Boolean).join(" ");
    last.indexText = [last.indexText, s.heading, s.indexText].filter(Boolean).join(" ");
  }
  return out.filter((s, i) => i > 0 || s.id !== "" || s.text.length > 0);
}

export interface BuildOptions {
  /** Distinctive body terms kept per entry: base + perSection × number of sections. */
  termsBase?: number;
  termsPerSection?: number;
  /** Weight of body words that also occur in some entry's title, aliases, summary or papers. */
  domainBoost?: number;
  /** Words found in fewer entries than this are not rarer than that for ranking (caps idf). */
  minDf?: number;
  /** Problem words found in the problem lists of more than this share of entries are not indexed. */
  maxProblemShare?: number;
  /** Characters of prose kept per section in the text shards. */
  shardSectionChars?: number;
  /**
   * slug → how many other entries link to it (lib/links' backlink graph of the compiled pages): how
   * central an entry is, the order of results that score the same. Missing entries count 0.
   */
  inlinks?: ReadonlyMap<string, number>;
}

export interface BuiltSearch {
  data: SearchData;
  shards: TextShard[];
  /** Sections per entry, as indexed. */
  sections: Map<string, ExtractedSection[]>;
}

function bodyTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(normalizeText(text))) {
    if (w.length < 2 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Builds the shipped search data and text shards from entries and categories. */
export function buildSearchData(entries: SourceEntry[], categories: SourceCategory[], options: BuildOptions = {}): BuiltSearch {
  const termsBase = options.termsBase ?? 5;
  const termsPerSection = options.termsPerSection ?? 2;
  const shardChars = options.shardSectionChars ?? 1200;

  const sorted = [...entries].sort((a, b) => a.slug.localeCompare(b.slug));
  const catIndex = new Map(categories.map((c, i) => [c.slug, i]));
  const heads: HeadingRow[] = [];
  const headIndex = new Map<string, number>();
  const sectionsBySlug = new Map<string, ExtractedSection[]>();

  // Pass 1: sections and body term counts, and document frequencies across entries.
  const perEntry = sorted.map((e) => {
    const sections = searchSections(e.sections);
    sectionsBySlug.set(e.slug, sections);
    const counts = sections.map((s) => {
      const m = new Map<string, number>();
      for (const t of bodyTerms(s.indexText)) m.set(t, (m.get(t) ?? 0) + 1);
      return m;
    });
    const total = new Map<string, number>();
    for (const m of counts) for (const [t, n] of m) total.set(t, (total.get(t) ?? 0) + n);
    return { e, sections, counts, total };
  });
  const df = new Map<string, number>();
  for (const p of perEntry) for (const t of p.total.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const N = perEntry.length;
  // Words of the identifying fields of all entries: the vocabulary readers search with.
  const domain = new Set<string>();
  for (const e of sorted) for (const t of [...fieldTerms(e.title), ...e.aliases.flatMap(fieldTerms), ...terms(e.summary), ...(e.papers ?? []).flatMap((p) => terms(p.title))]) domain.add(root(t));
  const domainBoost = options.domainBoost ?? 1;
  // Words in the problem lists of many entries ("model", "training") tell none of them apart: not indexed.
  const problemDf = new Map<string, number>();
  for (const e of sorted) for (const t of new Set((e.problems ?? []).flatMap((p) => terms(p)))) problemDf.set(t, (problemDf.get(t) ?? 0) + 1);
  const maxProblemDf = N * (options.maxProblemShare ?? 0.2);
  const idfCap = Math.log(N / (options.minDf ?? 1));

  const rows: EntryRow[] = [];
  const shards: TextShard[] = [];
  for (const { e, sections, counts, total } of perEntry) {
    // Terms already indexed at a higher tier need no body copy.
    const known = new Set<string>([...fieldTerms(e.title), ...e.aliases.flatMap(fieldTerms), ...terms(e.summary), ...fieldTerms(e.api ?? ""), ...sections.flatMap((s) => terms(s.heading))]);
    // Problem words, except those the title or an alias already carries at a higher tier.
    const nameTerms = new Set([...fieldTerms(e.title), ...e.aliases.flatMap(fieldTerms)]);
    // One group per problem statement (each term in the first that has it), kept apart by "|".
    const problemGroups: string[][] = [];
    const problemTerms: string[] = [];
    for (const problem of e.problems ?? []) {
      const group = [...new Set(terms(problem))].filter((t) => t.length > 1 && !nameTerms.has(t) && !QUESTION_FILLER.has(t) && problemDf.get(t)! <= maxProblemDf && !problemTerms.includes(t));
      problemTerms.push(...group);
      if (group.length) problemGroups.push(group);
    }
    for (const t of problemTerms) known.add(t);
    const knownRoots = new Set([...known].map(root));
    const paperTerms = [...new Set((e.papers ?? []).flatMap((p) => terms(p.title)))].filter((t) => t.length > 1 && !knownRoots.has(root(t)));
    for (const t of paperTerms) knownRoots.add(root(t));
    const k = termsBase + termsPerSection * sections.length;
    // Distinctive words (tf-idf, readers' vocabulary preferred), one form per root, none already indexed.
    const ranked = [...total.entries()]
      .filter(([t]) => !knownRoots.has(root(t)))
      .map(([t, n]) => [t, (1 + Math.log(n)) * Math.min(idfCap, Math.log(N / (df.get(t) ?? 1))) * (domain.has(root(t)) ? domainBoost : 1)] as const)
      .filter(([, s]) => s > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .filter(([t]) => {
        const r = root(t);
        if (knownRoots.has(r)) return false;
        knownRoots.add(r);
        return true;
      })
      .slice(0, k);
    const perSection: string[][] = sections.map(() => []);
    for (const [t] of ranked) {
      let best = 0;
      let bestN = -1;
      counts.forEach((m, i) => {
        const n = m.get(t) ?? 0;
        if (n > bestN) {
          best = i;
          bestN = n;
        }
      });
      perSection[best]!.push(t);
    }
    const sectionHeads = sections.map((s) => {
      if (!s.id) return -1;
      const key = `${s.heading}\u0000${s.id}\u0000${s.depth}`;
      let i = headIndex.get(key);
      if (i === undefined) {
        i = heads.length;
        heads.push([s.heading, s.id, s.depth]);
        headIndex.set(key, i);
      }
      return i;
    });
    const cat = catIndex.get(e.category);
    rows.push([e.slug, e.title, cat ?? -1, e.aliases, e.summary, e.api ?? "", sectionHeads, perSection.map((ts) => ts.join(" ")), paperTerms.join(" "), problemGroups.map((g) => g.join(" ")).join("|"), options.inlinks?.get(e.slug) ?? 0]);
    shards.push({ v: SEARCH_DATA_VERSION, slug: e.slug, sections: sections.map((s) => clip(s.text, shardChars)) });
  }
  return { data: { v: SEARCH_DATA_VERSION, cats: categories.map((c) => c.title), heads, entries: rows }, shards, sections: sectionsBySlug };
}

/** Cuts text at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sp = cut.lastIndexOf(" ");
  return `${cut.slice(0, sp > max * 0.8 ? sp : max)}…`;
}
