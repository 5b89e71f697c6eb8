/**
 * Build-time extraction: MDX entries → the compact search data (format.ts) and per-entry text shards.
 * Pure (no file system); scripts/build-search-index.ts and the bench feed it loaded content.
 *
 * Sections are split at `##`/`###` headings outside fenced code, and their ids follow the compiler
 * (lib/mdx/plugins/remark-heading-ids.ts): the explicit `{#id}` if present, else slugify(plain text).
 * The build additionally checks them against the compiled table of contents.
 */
import { EXPLICIT_ID, slugify } from "../content/slug";
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
  body: string;
}

export interface SourceCategory {
  slug: string;
  title: string;
}

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

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " ", times: "×", mdash: "—", ndash: "–", hellip: "…" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Inline TeX reduced to something readable in a snippet: `\alpha_t` → "alpha_t". */
function mathText(tex: string): string {
  return tex
    .replace(/\\(?:text|operatorname|mathrm|mathbf|mathit|mathcal|boldsymbol|bm)\s*\{([^{}]*)\}/g, "$1")
    .replace(/\\([a-zA-Z]+)/g, "$1")
    .replace(/[{}\\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Inline Markdown/MDX → plain text, as mdast-util-to-string would read it: link and image text kept,
 * code spans kept, emphasis markers, JSX tags and HTML dropped, escapes and entities resolved.
 * `math` decides what inline `$…$` becomes.
 */
export function inlineText(md: string, math: "keep" | "drop" | "readable" = "keep"): string {
  let s = md;
  // Code spans first: their content is literal.
  const codes: string[] = [];
  s = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => {
    codes.push(code.trim() === "" ? code : code.replace(/^ (.*) $/, "$1"));
    return `\u0000${codes.length - 1}\u0000`;
  });
  s = s.replace(/(?<!\\)\$([^$\n]+?)\$/g, (_, tex: string) => (math === "keep" ? tex : math === "readable" ? mathText(tex) : " "));
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1");
  s = s.replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, "$1");
  s = s.replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1");
  s = s.replace(/<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>/g, " ");
  s = s.replace(/<!--[\s\S]*?-->/g, " ");
  // Emphasis: * always, _ only at word boundaries (snake_case stays).
  s = s.replace(/(\*{1,3})(?=\S)([\s\S]*?\S)\1/g, "$2");
  s = s.replace(/(^|[^\w])(_{1,3})(?=\S)([\s\S]*?\S)\2(?![\w])/g, "$1$3");
  s = s.replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1");
  s = s.replace(/\\([!-/:-@[-`{-~])/g, "$1");
  s = decodeEntities(s);
  s = s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[Number(i)] ?? "");
  return s;
}

/** Heading text and id exactly as the compiler computes them. */
export function headingOf(raw: string): { text: string; id: string } {
  let source = raw;
  let explicit: string | undefined;
  const m = EXPLICIT_ID.exec(source);
  if (m) {
    explicit = m[1];
    source = source.slice(0, m.index);
  }
  const text = inlineText(source, "keep").replace(/\s+/g, " ").trim();
  return { text, id: explicit ?? slugify(text) };
}

/** Prose lines of a block of Markdown (no code, no display math, no ESM, table pipes removed). */
function proseLines(lines: string[]): string[] {
  const out: string[] = [];
  let inMath = false;
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith("$$")) {
      // `$$ x $$` on one line, or an opening/closing fence.
      if (!(t.length > 4 && t.endsWith("$$"))) inMath = !inMath;
      continue;
    }
    if (inMath) continue;
    if (!t) {
      out.push("");
      continue;
    }
    if (/^(import|export)\s/.test(t)) continue;
    if (/^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(t)) continue; // table delimiter row
    let s = t
      .replace(/^(>\s*)+/, "")
      .replace(/^([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, "")
      .replace(/^#{1,6}\s+/, "");
    if (s.startsWith("|")) s = s.replace(/^\||\|$/g, "").replace(/\s*\|\s*/g, " · ");
    out.push(s);
  }
  return out;
}

/** Joins prose lines into text: blank lines and block ends become sentence breaks. */
function joinProse(lines: string[], math: "keep" | "drop" | "readable"): string {
  const paragraphs: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length) paragraphs.push(cur.join(" "));
    cur = [];
  };
  for (const l of lines) {
    if (!l) flush();
    else cur.push(l);
  }
  flush();
  return paragraphs
    .map((p) => inlineText(p, math).replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join(" ");
}

/** Splits an MDX body into its intro and `##`/`###` sections. */
export function splitSections(body: string): ExtractedSection[] {
  const lines = body.split(/\r?\n/);
  const sections: { heading: string; id: string; depth: number; lines: string[] }[] = [{ heading: "", id: "", depth: 0, lines: [] }];
  let fence: string | undefined;
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    const h = HEADING.exec(line);
    if (h && (h[1]!.length === 2 || h[1]!.length === 3)) {
      const { text, id } = headingOf(h[2]!);
      sections.push({ heading: text, id, depth: h[1]!.length, lines: [] });
      continue;
    }
    sections[sections.length - 1]!.lines.push(line);
  }
  return sections
    .map((s) => {
      const prose = proseLines(s.lines);
      return { heading: s.heading, id: s.id, depth: s.depth, text: joinProse(prose, "readable"), indexText: joinProse(prose, "drop") };
    })
    .filter((s, i) => i > 0 || s.text.length > 0);
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
  /** Sections per entry, as extracted (ids to check against the compiler). */
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
    const sections = splitSections(e.body);
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
