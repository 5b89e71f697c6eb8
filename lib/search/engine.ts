/**
 * The search engine: the same code runs in the browser (loaded lazily, see client.ts), in the bench and
 * in the tests. Pure TypeScript over flexsearch; no DOM.
 *
 * Documents ("units") are each entry's head (title, aliases, summary, API) and each of its sections
 * (heading, distinctive body terms). Two flexsearch indexes hold them as one combined field whose
 * slots are the field a term comes from ("tier": title, alias, heading, summary, body, API):
 * - `prefix`, forward tokenizer: title, aliases, summary, API and distinctive headings, so that
 *   half-typed words match ("grou", "flash att").
 * - `roots`, strict tokenizer: every term, body and paper titles included, reduced by `root()`, for
 *   whole words across derivations and British/American spellings (extrapolation ~ extrapolate,
 *   optimiser ~ optimizer).
 * Body terms are not prefix-indexed: that would multiply the index's build time for little gain.
 *
 * A query is cleaned and capped, rewritten by the spelling/synonym tables, split into terms; a term
 * that is not the start of any indexed word is corrected against the vocabulary (Damerau-Levenshtein,
 * via a symmetric-delete index). Ranking: an exact title, pinned, alias or API phrase match first; then
 * the sum over terms of tier weight × rarity, scaled by the share of query terms matched, with bonuses
 * for whole-word matches and for titles the query covers. Each hit points at its best section.
 */
import FlexSearch from "flexsearch";
import type { SearchData } from "./format";
import { cleanQuery, fieldTerms, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, normalizeText, phraseKey, root, stem, STOPWORDS, terms as textTerms, words } from "./normalize";
import { PINS, QUANTITY, QUESTION_FILLER, SPELLING, SYNONYMS } from "./synonyms";
import { drain, runSliced, type Steps } from "./slice";
import { TypoIndex } from "./typo";

type FlexIndex = InstanceType<typeof FlexSearch.Index>;
type Slots = readonly (readonly number[] | undefined | null)[];

/** Where a term occurs; the number is the flexsearch slot. */
export const Tier = {
  Title: 0,
  Alias: 1,
  Heading: 2,
  Summary: 3,
  Body: 4,
  Api: 5,
  /** A heading most entries share ("Hyperparameters"): weighs like body text, but still names a section. */
  CommonHeading: 6,
  /** Titles of the entry's papers ("… Enables Input Length Extrapolation"). */
  Paper: 7,
  /** The problems the entry solves, as readers phrase them ("overconfident predictions"). */
  Problem: 8,
} as const;
const TIERS = 9;
/** Score of a term matching in each tier. Title > alias > problem > heading > summary > papers > body > API. */
/** How much a match spread over several units is discounted (0: not at all). */
const COHERENCE_POWER = 0.5;
const TIER_WEIGHT = [10, 8, 4, 3.5, 1.5, 1.2, 1.5, 2.5, 3.4];
/** Extra score per term for a whole-word match in its best field (not only a longer word it starts). */
const WHOLE_WORD_BONUS = 1.5;
/** A finished query word found only as the start of a longer word counts this much. */
const PREFIX_ONLY_FACTOR = 0.6;
/** Bonus scaled by the share of the title's words that the query matched. */
const TITLE_COVER_BONUS = 4;
/** Bonus scaled by the share of one problem statement's words the query matched (two words at least). */
const PROBLEM_COVER_BONUS = 16;
/** From this many found words on, a query is a question: an entry must match a third of them, not half. */
const LONG_QUERY_TERMS = 6;
/** A term found in more units than this only re-scores candidates that rarer terms found. */
const COMMON_TERM_UNITS = 120;
/** A heading that more than this share of entries has ("What it does") does not describe an entry. */
const COMMON_HEADING_SHARE = 0.15;
/**
 * Whether summary words also match half-typed (prefix-indexed). Costs about a third of the load time;
 * without it "class imbal" finds nothing until "imbalance" is complete.
 */
const PREFIX_SUMMARY = true;

/** Spelling variants, then synonyms (a Map: a query word like "constructor" must not find Object's). */
const REWRITES = new Map<string, string>([...Object.entries(SYNONYMS), ...Object.entries(SPELLING)]);

/** Exact phrase matches; a higher rank is better. */
const ExactRank = { Title: 5, TitleVariant: 4, Pin: 3, Alias: 2, Api: 1 } as const;

export interface EntryInfo {
  slug: string;
  title: string;
  category: string;
  aliases: string[];
  summary: string;
  api: string;
  /** This entry's sections: [sectionStart, sectionEnd) into `sections`. */
  sectionStart: number;
  sectionEnd: number;
  titleTermCount: number;
  /** How many other entries point to this one (links, "related" lists): orders results that score the same. */
  inlinks: number;
}

export interface SectionInfo {
  entry: number;
  heading: string;
  /** "" for text before the first heading. */
  id: string;
  depth: number;
  /** Position among its entry's sections (index into the entry's text shard). */
  ordinal: number;
}

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

interface TermPlan {
  /** The word searched (possibly corrected). */
  term: string;
  /** The word as typed (stemmed). */
  original: string;
  corrected: boolean;
  /** False for the last word while it is being typed (no space after it): it may be half a word. */
  complete: boolean;
  /** Postings: units by tier, as a prefix of identifying words, and as a whole word by root. */
  pre: Slots;
  rt: Slots;
}

/** Title variants: "Dilated (Atrous) Convolution" → "Dilated Convolution", "Atrous"; "SiLU / Swish" → "SiLU", "Swish". */
export function titleVariants(title: string): string[] {
  const out: string[] = [];
  const without = title.replace(/\s*\([^)]*\)\s*/g, " ").replace(/\s+/g, " ").trim();
  if (without !== title) out.push(without);
  for (const m of title.matchAll(/\(([^)]*)\)/g)) out.push(m[1]!);
  for (const t of [title, without]) if (t.includes(" / ")) out.push(...t.split(" / "));
  return [...new Set(out.map((x) => x.trim()).filter(Boolean))];
}

function newIndex(tokenize: "forward" | "strict", current: { tiers: number[] }): FlexIndex {
  return new FlexSearch.Index({
    tokenize,
    resolution: TIERS,
    // Terms arrive normalized and space-separated: the encoder only splits.
    encode: (s: string) => s.split(" "),
    // The slot of a term is the tier of its field, known for the document being added.
    score: (_content: string[], _term: string, i: number) => current.tiers[i] ?? TIERS - 1,
  });
}

function stemmedKey(ws: readonly string[]): string {
  let key = "";
  for (let i = 0; i < ws.length; i++) key += (i ? " " : "") + stem(ws[i]!);
  return key;
}

function count(slots: Slots): number {
  let n = 0;
  for (let i = 0; i < slots.length; i++) n += slots[i]?.length ?? 0;
  return n;
}

function isEmpty(slots: Slots): boolean {
  for (const ids of slots) if (ids && ids.length) return false;
  return true;
}

/** Search options for a raw lookup: the unresolved result keeps flexsearch's slots (our tiers). */
const RAW = { resolve: false } as const;

const NONE: Slots = [];

/**
 * The postings of one term, by slot. flexsearch keeps them in `index.map` (term → slots → ids); reading
 * that map directly is what `search(term, { resolve: false })` does for a single term, minus the query
 * parsing, encoding and Resolver allocation that would be a fifth of a query's time. Falls back to the
 * public API if a flexsearch version stores them differently.
 */
function slotsOf(ix: FlexIndex, term: string): Slots {
  if (!term) return NONE;
  const map = (ix as unknown as { map?: unknown }).map;
  if (map instanceof Map) return (map.get(term) as Slots | undefined) ?? NONE;
  const r = ix.search(term, RAW) as unknown as { result?: Slots };
  return r.result ?? NONE;
}

export class SearchEngine {
  readonly entries: EntryInfo[] = [];
  readonly sections: SectionInfo[] = [];
  private readonly current = { tiers: [] as number[] };
  private readonly prefix = newIndex("forward", this.current);
  private readonly roots = newIndex("strict", this.current);
  // The fields below marked `!` are set when the build's last step has run (see `build`).
  /** Unit id → entry; unit id → section (-1 for an entry's head). */
  private unitEntry!: Int32Array;
  private unitSection!: Int32Array;
  private readonly exact = new Map<string, { entry: number; rank: number }[]>();
  private lex?: { vocab: string[]; typo: TypoIndex };
  private lexSteps?: Steps;
  private synonymMax = 1;
  /** First words of SPELLING and SYNONYMS keys. */
  private readonly rewriteStarts = new Set([...REWRITES.keys()].map((k) => k.split(" ")[0]!));
  // Per-query scratch space, reused (no allocation proportional to the corpus per query).
  private exactRank!: Int32Array;
  private termTier!: Int8Array;
  private termValue!: Float64Array;
  private termStamp!: Int32Array;
  private titleTermCount!: Float64Array;
  private sectionEntry!: Int32Array;
  private seen!: Int32Array;
  private rankStamp!: Int32Array;
  private rankOf!: Int32Array;
  private secScore!: Float64Array;
  /** Per unit, the query terms found in it (bit j = term j); per entry, the most found in one unit. */
  private unitMask!: Int32Array;
  private unitStamp!: Int32Array;
  private entryCoherence!: Int32Array;
  /** Per unit, the number of words of its problem statement (0: not a problem unit); per entry, the best share of one covered. */
  private unitProblemSize!: Int32Array;
  private entryProblemCover!: Float64Array;
  private stamp = 0;

  /** The build of an engine made by `create`, until it has run. */
  private pendingBuild?: Steps;

  /**
   * Builds the engine now. In a browser use `SearchEngine.create`, which builds it in slices (`"later"`
   * is how it gets an engine whose build it then runs).
   */
  constructor(
    private readonly data: SearchData,
    when: "now" | "later" = "now",
  ) {
    const steps = this.build();
    if (when === "now") drain(steps);
    else this.pendingBuild = steps;
  }

  /**
   * The engine, built in slices of a few milliseconds that yield to the event loop in between (indexing
   * takes ~100 ms on a desktop, several times that on a phone: one long task would freeze input).
   */
  static async create(data: SearchData, sliceMs = 8): Promise<SearchEngine> {
    const engine = new SearchEngine(data, "later");
    await runSliced(engine.pendingBuild!, sliceMs);
    engine.pendingBuild = undefined;
    return engine;
  }

  /** Builds the typo index in slices (the UI calls it when idle); a query that needs it sooner finishes it at once. */
  async warmSliced(sliceMs = 8): Promise<this> {
    if (!this.lex) await runSliced((this.lexSteps ??= this.buildLexicon()), sliceMs);
    return this;
  }

  /** The index build; one step per entry. */
  private *build(): Steps {
    const data = this.data;
    const { entries, sections, current } = this;
    const headCount = new Map<number, number>();
    for (const row of data.entries) for (const h of new Set(row[6])) headCount.set(h, (headCount.get(h) ?? 0) + 1);
    const common = new Set([...headCount].filter(([, n]) => n > data.entries.length * COMMON_HEADING_SHARE).map(([h]) => h));

    const unitEntry: number[] = [];
    const unitSection: number[] = [];
    const problemSize = new Map<number, number>();
    /** Adds a unit to both indexes; `groups` are [terms, tier, also by prefix?] in decreasing tier weight. */
    const addUnit = (unit: number, groups: [string[], number, boolean][]) => {
      const pt: string[] = [];
      const ptTiers: number[] = [];
      const rt: string[] = [];
      const rtTiers: number[] = [];
      const seenP = new Set<string>();
      const seenR = new Set<string>();
      groups.forEach(([list, tier, byPrefix]) => {
        for (const t of list) {
          if (!t) continue;
          if (byPrefix && !seenP.has(t)) {
            seenP.add(t);
            pt.push(t);
            ptTiers.push(tier);
          }
          const r = root(t);
          if (!seenR.has(r)) {
            seenR.add(r);
            rt.push(r);
            rtTiers.push(tier);
          }
        }
      });
      if (pt.length) {
        current.tiers = ptTiers;
        this.prefix.add(unit, pt.join(" "));
      }
      if (rt.length) {
        current.tiers = rtTiers;
        this.roots.add(unit, rt.join(" "));
      }
    };

    for (const [id, row] of data.entries.entries()) {
      const [slug, title, cat, aliases, summary, api, secs, secTerms, paperTerms, problemTerms, inlinks] = row;
      const start = sections.length;
      const titleTerms = fieldTerms(title);
      entries.push({ slug, title, category: data.cats[cat] ?? "", aliases, summary, api, sectionStart: start, sectionEnd: start + secs.length, titleTermCount: new Set(titleTerms).size || 1, inlinks });

      // The entry's head unit; paper-title words are matched as whole words only.
      const headUnit = unitEntry.length;
      unitEntry.push(id);
      unitSection.push(-1);
      addUnit(
        headUnit,
        [
          [titleTerms, Tier.Title, true],
          [textTerms(summary), Tier.Summary, PREFIX_SUMMARY],
          [(paperTerms ?? "").split(" "), Tier.Paper, false],
          [fieldTerms(api), Tier.Api, true],
        ],
      );

      // Each problem statement is a unit of its own: a question that matches several words of one
      // ("longer sequences than it was trained on") says more than the same words across several.
      for (const problem of (problemTerms ?? "").split("|")) {
        if (!problem) continue;
        const unit = unitEntry.length;
        unitEntry.push(id);
        unitSection.push(-1);
        const words = problem.split(" ");
        problemSize.set(unit, words.length);
        addUnit(unit, [[words, Tier.Problem, true]]);
      }

      // Each alias is a unit of its own: words of two different aliases ("Learnable parameter", "Node")
      // are not a phrase, and must not add up as one (see COHERENCE_POWER).
      for (const alias of aliases) {
        const unit = unitEntry.length;
        unitEntry.push(id);
        unitSection.push(-1);
        addUnit(unit, [[fieldTerms(alias), Tier.Alias, true]]);
      }

      // Section units: heading, then distinctive body terms (whole words only).
      secs.forEach((h, ordinal) => {
        const heading = h >= 0 ? data.heads[h] : undefined;
        const s = sections.length;
        sections.push({ entry: id, heading: heading?.[0] ?? "", id: heading?.[1] ?? "", depth: heading?.[2] ?? 0, ordinal });
        const headTier = common.has(h) ? Tier.CommonHeading : Tier.Heading;
        const unit = unitEntry.length;
        unitEntry.push(id);
        unitSection.push(s);
        addUnit(unit, [
          [heading ? textTerms(heading[0]) : [], headTier, headTier === Tier.Heading],
          [(secTerms[ordinal] ?? "").split(" "), Tier.Body, false],
        ]);
      });

      // Exact phrases.
      this.addExact(title, id, ExactRank.Title);
      for (const v of titleVariants(title)) this.addExact(v, id, ExactRank.TitleVariant);
      for (const a of aliases) this.addExact(a, id, ExactRank.Alias);
      if (api) {
        const parts = api.split(".");
        for (let i = 0; i < parts.length; i++) this.addExact(parts.slice(i).join("."), id, ExactRank.Api);
      }
      yield;
    }
    this.unitEntry = Int32Array.from(unitEntry);
    this.unitProblemSize = Int32Array.from(unitEntry, (_, u) => problemSize.get(u) ?? 0);
    this.unitSection = Int32Array.from(unitSection);

    const slugIndex = new Map(entries.map((e, i) => [e.slug, i]));
    for (const [phrase, slug] of Object.entries(PINS)) {
      const id = slugIndex.get(slug);
      if (id !== undefined) this.addExact(phrase, id, ExactRank.Pin);
    }
    // Equal exact matches: the more specific entry (fewer aliases) first, then page order.
    for (const list of this.exact.values()) list.sort((a, b) => b.rank - a.rank || entries[a.entry]!.aliases.length - entries[b.entry]!.aliases.length || a.entry - b.entry);
    this.synonymMax = Math.max(1, ...[...REWRITES.keys()].map((k) => k.split(" ").length));

    const n = entries.length;
    this.exactRank = new Int32Array(n);
    this.termTier = new Int8Array(n * MAX_QUERY_TERMS);
    this.termValue = new Float64Array(n * MAX_QUERY_TERMS);
    this.termStamp = new Int32Array(n * MAX_QUERY_TERMS);
    this.titleTermCount = Float64Array.from(entries, (e) => e.titleTermCount);
    this.sectionEntry = Int32Array.from(sections, (x) => x.entry);
    this.seen = new Int32Array(n);
    this.rankStamp = new Int32Array(n);
    this.rankOf = new Int32Array(n);
    this.secScore = new Float64Array(sections.length);
    this.unitMask = new Int32Array(this.unitEntry.length);
    this.unitStamp = new Int32Array(this.unitEntry.length);
    this.entryCoherence = new Int32Array(n);
    this.entryProblemCover = new Float64Array(n);
  }

  /**
   * The vocabulary (every indexed word, weighted by its best field) and the typo index over it. Built on
   * the first word that matches nothing, or ahead of time by `warm()` (the UI calls it when idle).
   */
  private lexicon(): { vocab: string[]; typo: TypoIndex } {
    if (!this.lex) drain((this.lexSteps ??= this.buildLexicon()));
    return this.lex!;
  }

  private *buildLexicon(): Steps {
    const weight = new Map<string, number>();
    const note = (list: string[], tier: number) => {
      const w = TIER_WEIGHT[tier]!;
      for (const t of list) if (t && (weight.get(t) ?? 0) < w) weight.set(t, w);
    };
    for (const [, title, , aliases, summary, api, secs, secTerms, paperTerms, problemTerms] of this.data.entries) {
      note(fieldTerms(title), Tier.Title);
      note(aliases.flatMap(fieldTerms), Tier.Alias);
      note((problemTerms ?? "").split(/[ |]/), Tier.Problem);
      note(textTerms(summary), Tier.Summary);
      note(fieldTerms(api), Tier.Api);
      note((paperTerms ?? "").split(" "), Tier.Paper);
      secs.forEach((h, i) => {
        if (h >= 0) note(textTerms(this.data.heads[h]![0]), Tier.Heading);
        note((secTerms[i] ?? "").split(" "), Tier.Body);
      });
      yield;
    }
    const vocab = [...weight.keys()].sort();
    yield;
    const typo = new TypoIndex(vocab, vocab.map((w) => weight.get(w)!), true);
    yield* typo.fill();
    this.lex = { vocab, typo };
  }

  /** Builds everything lazily built, so that the first typo costs nothing extra. */
  warm(): this {
    this.lexicon();
    return this;
  }

  private addExact(text: string, entry: number, rank: number) {
    const key = phraseKey(text);
    if (!key) return;
    let list = this.exact.get(key);
    if (!list) this.exact.set(key, (list = []));
    const same = list.find((x) => x.entry === entry);
    if (same) same.rank = Math.max(same.rank, rank);
    else list.push({ entry, rank });
  }

  /** True if some indexed word starts with `prefix`. */
  private hasPrefix(prefix: string): boolean {
    const v = this.lexicon().vocab;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < v.length && v[lo]!.startsWith(prefix);
  }

  /** Query words after spelling variants and synonym phrases (longest phrase first). */
  private rewrite(ws: string[]): string[] {
    if (!ws.some((w) => this.rewriteStarts.has(w))) return ws;
    const out: string[] = [];
    for (let i = 0; i < ws.length; ) {
      let rep: string | undefined;
      let len = 0;
      if (this.rewriteStarts.has(ws[i]!)) {
        for (len = Math.min(this.synonymMax, ws.length - i); len >= 1; len--) {
          rep = REWRITES.get(ws.slice(i, i + len).join(" "));
          if (rep) break;
        }
      }
      if (rep) {
        out.push(...rep.split(" "));
        i += len;
      } else out.push(ws[i++]!);
    }
    return out;
  }

  /** Terms of a query: stop words out (but not a half-typed last word), plurals stemmed, unknown words corrected. */
  private plan(ws: string[], lastIsPartial: boolean): TermPlan[] {
    const plans: TermPlan[] = [];
    const seen = new Set<string>();
    const lastPartial = lastIsPartial ? ws.length - 1 : -1;
    const isFiller = (w: string, i: number) => i !== lastPartial && (STOPWORDS.has(w) || QUESTION_FILLER.has(w) || QUESTION_FILLER.has(stem(w)) || QUANTITY.test(w));
    let content = 0;
    for (let i = 0; i < ws.length; i++) if (!isFiller(ws[i]!, i)) content++;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      // Stop words and question filler are skipped, unless the query is nothing else; so are single
      // letters ("mover's" → mover, s) unless they are all there is or still being typed.
      if (content && isFiller(w, i)) continue;
      if (w.length === 1 && ws.length > 1 && i !== lastPartial && !/\d/.test(w)) continue;
      if (plans.length >= MAX_QUERY_TERMS) break;
      const original = stem(w);
      let term = original;
      let corrected = false;
      let pre = slotsOf(this.prefix, term);
      let rt = slotsOf(this.roots, root(term));
      // Not the start of any title, alias, summary or heading word: is it a word at all?
      if (isEmpty(pre) && !this.hasPrefix(term)) {
        const c = this.lexicon().typo.correct(term);
        // A word whose root is indexed (optimisers ~ optimizer) is kept unless a one-edit fix exists; a
        // code with digits ("mat1") is not "corrected" into another plain word ("math"; "gpt4" may be "gpt").
        if (c && (c.distance === 1 || isEmpty(rt)) && !(/\d/.test(term) && !/\d/.test(c.word) && !term.startsWith(c.word))) {
          term = c.word;
          corrected = true;
          pre = slotsOf(this.prefix, term);
          rt = slotsOf(this.roots, root(term));
        }
      }
      if (seen.has(term)) continue;
      seen.add(term);
      plans.push({ term, original, corrected, complete: i !== lastPartial, pre, rt });
    }
    return plans;
  }

  private reset(id: number, touched: number[]) {
    this.seen[id] = this.stamp;
    this.exactRank[id] = 0;
    this.entryCoherence[id] = 0;
    this.entryProblemCover[id] = 0;
    touched.push(id);
  }

  /** Term `j` occurs in entry `id` in `tier`, worth `value`: keeps the best value per entry and term. */
  private hit(id: number, j: number, tier: number, value: number, touched: number[]) {
    if (this.seen[id] !== this.stamp) this.reset(id, touched);
    const k = id * MAX_QUERY_TERMS + j;
    if (this.termStamp[k] !== this.stamp) {
      this.termStamp[k] = this.stamp;
      this.termValue[k] = value;
      this.termTier[k] = tier;
    } else if (value > this.termValue[k]!) {
      this.termValue[k] = value;
      this.termTier[k] = tier;
    }
  }

  /** Term `j` occurs in unit `unit` of entry `id`: tracks how many query terms one unit holds together. */
  private unitHit(unit: number, id: number, j: number) {
    const mask = (this.unitStamp[unit] === this.stamp ? this.unitMask[unit]! : 0) | (1 << j);
    this.unitStamp[unit] = this.stamp;
    this.unitMask[unit] = mask;
    let c = 0;
    for (let m = mask; m; m &= m - 1) c++;
    if (c > this.entryCoherence[id]!) this.entryCoherence[id] = c;
    const size = this.unitProblemSize[unit]!;
    if (size && c >= 2 && c / size > this.entryProblemCover[id]!) this.entryProblemCover[id] = c / size;
  }

  /** Best tier of term `j` in entry `id` for the current query (TIERS if none). */
  private tierOf(id: number, j: number): number {
    const k = id * MAX_QUERY_TERMS + j;
    return this.termStamp[k] === this.stamp ? this.termTier[k]! : TIERS;
  }

  search(rawQuery: string, options: SearchOptions = {}): SearchResult {
    const strict = this.run(rawQuery, options, false);
    // A long question whose words no entry covers half of ("plain gradient descent zigzags across narrow
    // valleys") would find nothing: then entries matching a third of its words are better than none.
    if (strict.result.hits.length || strict.found < 3) return strict.result;
    return this.run(rawQuery, options, true).result;
  }

  /** One ranking pass; `relaxed` lowers the share of the query's words an entry must match. */
  private run(rawQuery: string, options: SearchOptions, relaxed: boolean): { result: SearchResult; found: number } {
    const limit = Math.max(1, Math.min(Math.floor(options.limit ?? 10) || 10, 100));
    const query = cleanQuery(rawQuery);
    if (!query) return { result: { query, terms: [], hits: [] }, found: 0 };
    const rawWords = words(normalizeText(query, MAX_QUERY_LENGTH)).slice(0, MAX_QUERY_TERMS * 2);
    if (!rawWords.length) return { result: { query, terms: [], hits: [] }, found: 0 };
    const ws = this.rewrite(rawWords);
    const lastIsPartial = options.partial ?? (typeof rawQuery === "string" && !/[\s\p{P}]$/u.test(rawQuery));
    const plans = this.plan(ws, lastIsPartial);
    this.stamp++;
    const n = this.entries.length;
    const touched: number[] = [];
    const { exactRank, termValue, termTier, termStamp, unitEntry, titleTermCount } = this;
    const stamp = this.stamp;

    // 1. Exact phrase matches (as typed, and after rewriting).
    const typedKey = stemmedKey(rawWords);
    const rewrittenKey = ws === rawWords ? typedKey : stemmedKey(ws);
    for (let k = 0; k < 2; k++) {
      const list = k === 0 ? this.exact.get(typedKey) : rewrittenKey !== typedKey ? this.exact.get(rewrittenKey) : undefined;
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const { entry, rank } = list[i]!;
        if (this.seen[entry] !== stamp) this.reset(entry, touched);
        if (rank > exactRank[entry]!) exactRank[entry] = rank;
      }
    }

    // 2. Full text: each term as a prefix of identifying words, and as a whole word (any form) anywhere.
    //    A finished word that only starts a longer word ("gate" in "gated") counts for less.
    const activeTerms: number[] = [];
    const units = plans.map((p) => count(p.pre) + count(p.rt));
    // Rarest terms first: a very common term ("math", a heading of every entry) then only re-scores the
    // candidates the others found, instead of making every entry a candidate.
    const order: number[] = [];
    for (let j = 0; j < plans.length; j++) {
      let pos = order.length;
      while (pos > 0 && units[order[pos - 1]!]! > units[j]!) pos--;
      order.splice(pos, 0, j);
    }
    let found = 0;
    for (const j of order) if (units[j]) found++;
    // Half the words of a short query, a third of a long question's (whose wording varies more).
    const minMatched = found <= 2 ? 1 : Math.ceil(found / (relaxed || found >= LONG_QUERY_TERMS ? 3 : 2));
    for (const j of order) {
      const p = plans[j]!;
      if (!units[j]) continue;
      // An entry first met at this term can match at most the terms left: if that is too few to
      // qualify, this term only re-scores candidates already found (exact pruning).
      const canQualify = found - activeTerms.length >= minMatched;
      activeTerms.push(j);
      const w = Math.log(1 + (2 * n) / units[j]!) * (p.corrected ? 0.9 : 1);
      const prefixFactor = p.complete ? PREFIX_ONLY_FACTOR : 1;
      const onlyKnown = !canQualify || (units[j]! > COMMON_TERM_UNITS && touched.length >= limit);
      for (let which = 0; which < 2; which++) {
        const slots = which ? p.rt : p.pre;
        for (let tier = 0; tier < slots.length; tier++) {
          const ids = slots[tier];
          if (!ids) continue;
          const value = which ? w * (TIER_WEIGHT[tier]! + WHOLE_WORD_BONUS) : w * TIER_WEIGHT[tier]! * prefixFactor;
          for (let i = 0; i < ids.length; i++) {
            const unit = ids[i]!;
            const id = unitEntry[unit]!;
            if (onlyKnown && this.seen[id] !== stamp) continue;
            this.hit(id, j, tier, value, touched);
            this.unitHit(unit, id, j);
          }
        }
      }
    }
    const active = activeTerms.length;

    // 3. Rank: exact matches first; then score scaled by the share of terms matched, plus how much of
    //    the title the query covers.
    const top: number[] = [];
    const topKey: number[] = [];
    for (const id of touched) {
      let sum = 0;
      let matched = 0;
      let titleHits = 0;
      const base = id * MAX_QUERY_TERMS;
      for (let a = 0; a < active; a++) {
        const j = activeTerms[a]!;
        if (termStamp[base + j] !== stamp) continue;
        const v = termValue[base + j]!;
        if (v > 0) {
          sum += v;
          matched++;
          if (termTier[base + j] === Tier.Title) titleHits++;
        }
      }
      if (!exactRank[id] && matched < minMatched) continue;
      // Terms scattered over unrelated sections (a glossary's "activation" here, "nodes" there) say
      // less than the same terms together in one section or in the entry's head.
      const together = matched > 2 ? (this.entryCoherence[id]! / matched) ** COHERENCE_POWER : 1;
      const k = exactRank[id]! * 1e6 + (active ? (sum * matched * together) / active : 0) + (titleHits / titleTermCount[id]!) * TITLE_COVER_BONUS + this.entryProblemCover[id]! * PROBLEM_COVER_BONUS;
      // Equal scores: the more central entry (more entries link to it) first; the alphabet says nothing.
      if (top.length === limit && (k < topKey[limit - 1]! || (k === topKey[limit - 1] && !this.moreCentral(id, top[limit - 1]!)))) continue;
      let pos = top.length === limit ? limit - 1 : top.length;
      while (pos > 0 && (topKey[pos - 1]! < k || (topKey[pos - 1] === k && this.moreCentral(id, top[pos - 1]!)))) {
        top[pos] = top[pos - 1]!;
        topKey[pos] = topKey[pos - 1]!;
        pos--;
      }
      top[pos] = id;
      topKey[pos] = k;
    }

    // 4. The section each top entry should open at.
    const best = this.bestSections(top, plans);
    const hits: SearchHit[] = top.map((id, i) => {
      const e = this.entries[id]!;
      const s = best[i]!;
      const sec = s >= 0 ? this.sections[s] : undefined;
      const er = exactRank[id]!;
      return {
        slug: e.slug,
        title: e.title,
        category: e.category,
        summary: e.summary,
        section: sec?.id ? { id: sec.id, heading: sec.heading, ordinal: sec.ordinal } : undefined,
        href: `/entries/${e.slug}${sec?.id ? `#${sec.id}` : ""}`,
        score: Math.round(topKey[i]! * 1000) / 1000,
        match: er >= ExactRank.Pin ? "title" : er === ExactRank.Alias ? "alias" : er === ExactRank.Api ? "api" : "text",
      };
    });
    const terms: string[] = [];
    let anyCorrected = false;
    for (const p of plans) {
      if (!terms.includes(p.term)) terms.push(p.term);
      if (p.corrected) {
        anyCorrected = true;
        if (!terms.includes(p.original)) terms.push(p.original);
      }
    }
    return { result: { query, terms, corrected: anyCorrected ? this.correctedQuery(rawWords, plans) : undefined, hits }, found };
  }

  /** Whether entry `a` is linked from more entries than `b` (the lower id on a tie, for a stable order). */
  private moreCentral(a: number, b: number): boolean {
    const d = this.entries[a]!.inlinks - this.entries[b]!.inlinks;
    return d > 0 || (d === 0 && a < b);
  }

  /** The query as the reader typed it, with the corrected words replaced. */
  private correctedQuery(rawWords: readonly string[], plans: readonly TermPlan[]): string {
    return rawWords
      .map((w) => {
        const s = stem(w);
        for (const p of plans) if (p.corrected && p.original === s) return p.term;
        return w;
      })
      .join(" ");
  }

  /**
   * For each top entry, the section that best matches, or -1: a heading match counts 3, a body match 1.
   * A term found in the entry's title points at no section ("dropout", "adamw hyperparameters" opens
   * Hyperparameters, not "When AdamW is the better choice"); one found in an alias only through a
   * heading ("tensor" opens the glossary at its Tensor section, "LN" the top of Layer Normalization).
   */
  private bestSections(top: number[], plans: TermPlan[]): number[] {
    const out = top.map(() => -1);
    if (!top.length) return out;
    const { secScore, unitSection, unitEntry, rankStamp, rankOf, stamp } = this;
    top.forEach((id, i) => {
      rankStamp[id] = stamp;
      rankOf[id] = i;
    });
    const touched: number[] = [];
    plans.forEach((plan, j) => {
      for (let which = 0; which < 2; which++) {
        const slots = which ? plan.rt : plan.pre;
        for (let tier: number = Tier.Heading; tier < slots.length; tier++) {
          const ids = slots[tier];
          if (!ids || tier === Tier.Summary || tier === Tier.Api || tier === Tier.Paper || tier === Tier.Problem) continue;
          const isHeading = tier !== Tier.Body;
          for (const u of ids) {
            const s = unitSection[u]!;
            if (s < 0) continue;
            const id = unitEntry[u]!;
            if (rankStamp[id] !== stamp) continue;
            const entryTier = this.tierOf(id, j);
            if (entryTier === Tier.Title || (!isHeading && entryTier === Tier.Alias)) continue;
            if (secScore[s] === 0) touched.push(s);
            secScore[s] = secScore[s]! + (isHeading ? 3 : 1);
          }
        }
      }
    });
    const bestScore = top.map(() => 0);
    for (const s of touched) {
      const r = rankOf[this.sectionEntry[s]!]!;
      if (secScore[s]! > bestScore[r]! || (secScore[s] === bestScore[r] && s < out[r]!)) {
        bestScore[r] = secScore[s]!;
        out[r] = s;
      }
    }
    for (const s of touched) secScore[s] = 0;
    return out;
  }

  /** "Did you mean": up to `limit` alternative queries built from the nearest vocabulary words (a scan: call it for empty results, not per keystroke). */
  suggest(rawQuery: string, limit = 3): string[] {
    const ws = words(normalizeText(cleanQuery(rawQuery), MAX_QUERY_LENGTH)).slice(0, MAX_QUERY_TERMS);
    if (!ws.length) return [];
    const options = ws.map((w) => {
      const { typo } = this.lexicon();
      if (STOPWORDS.has(w) || typo.has(stem(w))) return [w];
      const near = typo.nearest(stem(w), 2, limit).map((c) => c.word);
      return near.length ? near : [w];
    });
    const out: string[] = [];
    const original = ws.join(" ");
    for (let k = 0; k < limit; k++) {
      const alt = options.map((o) => o[Math.min(k, o.length - 1)]!).join(" ");
      if (alt !== original && !out.includes(alt) && this.search(alt, { limit: 1 }).hits.length) out.push(alt);
    }
    return out;
  }

  /** Distinct indexed words (for the bench). */
  get vocabularySize(): number {
    return this.lexicon().vocab.length;
  }
}
