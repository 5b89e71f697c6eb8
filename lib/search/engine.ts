/**
 * The search engine: the same code runs in the browser (the dialog, and the search page's worker), in
 * the bench and in the tests. Pure TypeScript over flexsearch; no DOM, no fetch.
 *
 * A thin facade over three steps, each in its own module:
 * - search-index.ts builds the in-memory index from the shipped data, decoded into named records
 *   (format.ts), in slices so a browser stays responsive;
 * - plan.ts turns a query into the terms to look up (cleaning, synonyms, stop words, typo correction);
 * - rank.ts scores and orders the entries and picks the section each hit opens at.
 */
import { decodeEntries, type SearchData } from "./format";
import { alternatives, planQuery } from "./plan";
import { Ranker } from "./rank";
import { SearchIndex, type EntryInfo, type SectionInfo } from "./search-index";
import { drain, runSliced, type Steps } from "./slice";
import type { SearchOptions, SearchResult } from "./types";

export { Tier } from "./tiers";
export { titleVariants, type EntryInfo, type SectionInfo } from "./search-index";
export type { SearchHit, SearchOptions, SearchResult } from "./types";

export class SearchEngine {
  private readonly index: SearchIndex;
  /** Set when the build has run (see `build`). */
  private ranker!: Ranker;
  /** The build of an engine made by `create`, until it has run. */
  private pendingBuild?: Steps;

  /**
   * Builds the engine now. In a browser use `SearchEngine.create`, which builds it in slices (`"later"`
   * is how it gets an engine whose build it then runs).
   */
  constructor(data: SearchData, when: "now" | "later" = "now") {
    this.index = new SearchIndex(decodeEntries(data));
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

  private *build(): Steps {
    yield* this.index.build();
    this.ranker = new Ranker(this.index);
  }

  get entries(): readonly EntryInfo[] {
    return this.index.entries;
  }

  get sections(): readonly SectionInfo[] {
    return this.index.sections;
  }

  /** Builds the typo index in slices (the UI calls it when idle); a query that needs it sooner finishes it at once. */
  async warmSliced(sliceMs = 8): Promise<this> {
    await this.index.warmSliced(sliceMs);
    return this;
  }

  /** Builds everything lazily built, so that the first typo costs nothing extra. */
  warm(): this {
    this.index.lexicon();
    return this;
  }

  search(rawQuery: string, options: SearchOptions = {}): SearchResult {
    const limit = Math.max(1, Math.min(Math.floor(options.limit ?? 10) || 10, 100));
    const plan = planQuery(this.index, rawQuery, options.partial);
    if (!plan.terms) return { query: plan.query, terms: [], hits: [] };
    const strict = this.ranker.rank(plan, limit, false);
    // A long question whose words no entry covers half of ("plain gradient descent zigzags across narrow
    // valleys") would find nothing: then entries matching a third of its words are better than none.
    if (strict.result.hits.length || strict.found < 3) return strict.result;
    return this.ranker.rank(plan, limit, true).result;
  }

  /** "Did you mean": up to `limit` alternative queries built from the nearest vocabulary words (a scan: call it for empty results, not per keystroke). */
  suggest(rawQuery: string, limit = 3): string[] {
    return alternatives(this.index, rawQuery, limit).filter((alt) => this.search(alt, { limit: 1 }).hits.length);
  }

  /** Distinct indexed words (for the bench). */
  get vocabularySize(): number {
    return this.index.lexicon().vocab.length;
  }
}
