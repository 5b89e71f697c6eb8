/**
 * Index building: the in-memory index from the decoded entries (format.ts), built once per load.
 *
 * Documents ("units") are each entry's head (title, summary, papers, API), each alias, each problem
 * statement and each section (heading, distinctive body terms). Two flexsearch indexes hold them as one
 * combined field whose slots are the tier a term comes from (tiers.ts):
 * - `prefix`, forward tokenizer: title, aliases, summary, API and distinctive headings, so that
 *   half-typed words match ("grou", "flash att").
 * - `roots`, strict tokenizer: every term, body and paper titles included, reduced by `root()`, for
 *   whole words across derivations and British/American spellings (extrapolation ~ extrapolate,
 *   optimiser ~ optimizer).
 * Body terms are not prefix-indexed: that would multiply the index's build time for little gain.
 * Beside them: exact phrases (titles, their variants, pins, aliases, API names) and, built lazily, the
 * vocabulary with its typo index.
 */
import FlexSearch from "flexsearch";
import type { EntryRecord } from "./format";
import { fieldTerms, phraseKey, root, terms as textTerms } from "./normalize";
import { drain, runSliced, type Steps } from "./slice";
import { PINS } from "./synonyms";
import { ExactRank, Tier, TIER_WEIGHT, TIERS, type Slots } from "./tiers";
import { TypoIndex } from "./typo";

type FlexIndex = InstanceType<typeof FlexSearch.Index>;

/** A heading that more than this share of entries has ("What it does") does not describe an entry. */
const COMMON_HEADING_SHARE = 0.15;
/**
 * Whether summary words also match half-typed (prefix-indexed). Costs about a third of the load time;
 * without it "class imbal" finds nothing until "imbalance" is complete.
 */
const PREFIX_SUMMARY = true;

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

/** An exact phrase's entry and how it matched (ExactRank). */
export interface ExactMatch {
  entry: number;
  rank: number;
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

export class SearchIndex {
  readonly entries: EntryInfo[] = [];
  readonly sections: SectionInfo[] = [];
  private readonly current = { tiers: [] as number[] };
  private readonly prefix = newIndex("forward", this.current);
  private readonly roots = newIndex("strict", this.current);
  private readonly exact = new Map<string, ExactMatch[]>();
  // The fields below marked `!` are set when the build's last step has run (see `build`).
  /** Unit id → entry; unit id → section (-1 for an entry's head, alias or problem). */
  unitEntry!: Int32Array;
  unitSection!: Int32Array;
  /** Per unit, the number of words of its problem statement (0: not a problem unit). */
  unitProblemSize!: Int32Array;
  /** Per entry, the distinct words of its title; per section, its entry. */
  titleTermCount!: Float64Array;
  sectionEntry!: Int32Array;
  private lex?: { vocab: string[]; typo: TypoIndex };
  private lexSteps?: Steps;

  constructor(private readonly records: readonly EntryRecord[]) {}

  /** Units holding `term` as the start of an identifying word, and units holding its root as a whole word. */
  postings(term: string): { pre: Slots; rt: Slots } {
    return { pre: slotsOf(this.prefix, term), rt: slotsOf(this.roots, root(term)) };
  }

  /** Entries whose title, title variant, pin, alias or API name is this phrase (`phraseKey` form). */
  exactMatches(key: string): readonly ExactMatch[] | undefined {
    return this.exact.get(key);
  }

  /** The index build; one step per entry. */
  *build(): Steps {
    const { entries, sections, current, records } = this;
    const headCount = new Map<number, number>();
    for (const r of records) for (const h of new Set(r.sections.map((s) => s.headKey))) headCount.set(h, (headCount.get(h) ?? 0) + 1);
    const common = new Set([...headCount].filter(([, n]) => n > records.length * COMMON_HEADING_SHARE).map(([h]) => h));

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

    for (const [id, record] of records.entries()) {
      const { slug, title, category, aliases, summary, api, paperTerms, problemGroups, inlinks } = record;
      const start = sections.length;
      const titleTerms = fieldTerms(title);
      entries.push({ slug, title, category, aliases, summary, api, sectionStart: start, sectionEnd: start + record.sections.length, titleTermCount: new Set(titleTerms).size || 1, inlinks });

      // The entry's head unit; paper-title words are matched as whole words only.
      const headUnit = unitEntry.length;
      unitEntry.push(id);
      unitSection.push(-1);
      addUnit(
        headUnit,
        [
          [titleTerms, Tier.Title, true],
          [textTerms(summary), Tier.Summary, PREFIX_SUMMARY],
          [paperTerms, Tier.Paper, false],
          [fieldTerms(api), Tier.Api, true],
        ],
      );

      // Each problem statement is a unit of its own: a question that matches several words of one
      // ("longer sequences than it was trained on") says more than the same words across several.
      for (const words of problemGroups) {
        const unit = unitEntry.length;
        unitEntry.push(id);
        unitSection.push(-1);
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
      record.sections.forEach((sec, ordinal) => {
        const s = sections.length;
        sections.push({ entry: id, heading: sec.heading, id: sec.id, depth: sec.depth, ordinal });
        const headTier = common.has(sec.headKey) ? Tier.CommonHeading : Tier.Heading;
        const unit = unitEntry.length;
        unitEntry.push(id);
        unitSection.push(s);
        addUnit(unit, [
          [sec.headKey >= 0 ? textTerms(sec.heading) : [], headTier, headTier === Tier.Heading],
          [sec.terms, Tier.Body, false],
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

    this.titleTermCount = Float64Array.from(entries, (e) => e.titleTermCount);
    this.sectionEntry = Int32Array.from(sections, (x) => x.entry);
  }

  /**
   * The vocabulary (every indexed word, weighted by its best field) and the typo index over it. Built on
   * the first word that matches nothing, or ahead of time by `warm()` (the UI calls it when idle).
   */
  lexicon(): { vocab: string[]; typo: TypoIndex } {
    if (!this.lex) drain((this.lexSteps ??= this.buildLexicon()));
    return this.lex!;
  }

  private *buildLexicon(): Steps {
    const weight = new Map<string, number>();
    const note = (list: string[], tier: number) => {
      const w = TIER_WEIGHT[tier]!;
      for (const t of list) if (t && (weight.get(t) ?? 0) < w) weight.set(t, w);
    };
    for (const r of this.records) {
      note(fieldTerms(r.title), Tier.Title);
      note(r.aliases.flatMap(fieldTerms), Tier.Alias);
      note(r.problemGroups.flat(), Tier.Problem);
      note(textTerms(r.summary), Tier.Summary);
      note(fieldTerms(r.api), Tier.Api);
      note(r.paperTerms, Tier.Paper);
      for (const sec of r.sections) {
        if (sec.headKey >= 0) note(textTerms(sec.heading), Tier.Heading);
        note(sec.terms, Tier.Body);
      }
      yield;
    }
    const vocab = [...weight.keys()].sort();
    yield;
    const typo = new TypoIndex(vocab, vocab.map((w) => weight.get(w)!), true);
    yield* typo.fill();
    this.lex = { vocab, typo };
  }

  /** Builds the typo index in slices; a query that needs it sooner finishes it at once. */
  async warmSliced(sliceMs = 8): Promise<void> {
    if (!this.lex) await runSliced((this.lexSteps ??= this.buildLexicon()), sliceMs);
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
  hasPrefix(prefix: string): boolean {
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
}
