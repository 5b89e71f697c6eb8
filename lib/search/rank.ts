/**
 * Ranking over a planned query (plan.ts) and the built index (search-index.ts): an exact title, pinned,
 * alias or API phrase match first; then the sum over terms of tier weight × rarity, scaled by the share
 * of query terms matched, with bonuses for whole-word matches, for titles the query covers and for one
 * problem statement it covers; equal scores go to the more central entry. Each hit points at its best
 * section. Per-query scratch space is allocated once per index, never per query.
 */
import { MAX_QUERY_TERMS } from "./normalize";
import { correctedQuery, highlightTerms, stemmedKey, type QueryPlan, type TermPlan } from "./plan";
import type { SearchIndex } from "./search-index";
import { ExactRank, Tier, TIER_WEIGHT, TIERS, type Slots } from "./tiers";
import type { SearchHit, SearchResult } from "./types";

/** How much a match spread over several units is discounted (0: not at all). */
const COHERENCE_POWER = 0.5;
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

function count(slots: Slots): number {
  let n = 0;
  for (let i = 0; i < slots.length; i++) n += slots[i]?.length ?? 0;
  return n;
}

export class Ranker {
  // Per-query scratch space, reused (no allocation proportional to the corpus per query).
  private readonly exactRank: Int32Array;
  private readonly termTier: Int8Array;
  private readonly termValue: Float64Array;
  private readonly termStamp: Int32Array;
  private readonly seen: Int32Array;
  private readonly rankStamp: Int32Array;
  private readonly rankOf: Int32Array;
  private readonly secScore: Float64Array;
  /** Per unit, the query terms found in it (bit j = term j); per entry, the most found in one unit. */
  private readonly unitMask: Int32Array;
  private readonly unitStamp: Int32Array;
  private readonly entryCoherence: Int32Array;
  /** Per entry, the best share of one problem statement covered. */
  private readonly entryProblemCover: Float64Array;
  private stamp = 0;

  /** For a built index (its build has run). */
  constructor(private readonly index: SearchIndex) {
    const n = index.entries.length;
    this.exactRank = new Int32Array(n);
    this.termTier = new Int8Array(n * MAX_QUERY_TERMS);
    this.termValue = new Float64Array(n * MAX_QUERY_TERMS);
    this.termStamp = new Int32Array(n * MAX_QUERY_TERMS);
    this.seen = new Int32Array(n);
    this.rankStamp = new Int32Array(n);
    this.rankOf = new Int32Array(n);
    this.secScore = new Float64Array(index.sections.length);
    this.unitMask = new Int32Array(index.unitEntry.length);
    this.unitStamp = new Int32Array(index.unitEntry.length);
    this.entryCoherence = new Int32Array(n);
    this.entryProblemCover = new Float64Array(n);
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
    const size = this.index.unitProblemSize[unit]!;
    if (size && c >= 2 && c / size > this.entryProblemCover[id]!) this.entryProblemCover[id] = c / size;
  }

  /** Best tier of term `j` in entry `id` for the current query (TIERS if none). */
  private tierOf(id: number, j: number): number {
    const k = id * MAX_QUERY_TERMS + j;
    return this.termStamp[k] === this.stamp ? this.termTier[k]! : TIERS;
  }

  /** One ranking pass; `relaxed` lowers the share of the query's words an entry must match. `found`: how many terms the index holds. */
  rank(plan: QueryPlan, limit: number, relaxed: boolean): { result: SearchResult; found: number } {
    const { query, rawWords, words: ws, terms: plans } = plan;
    this.stamp++;
    const { index, exactRank, termValue, termTier, termStamp } = this;
    const { unitEntry, titleTermCount } = index;
    const n = index.entries.length;
    const touched: number[] = [];
    const stamp = this.stamp;

    // 1. Exact phrase matches (as typed, and after rewriting).
    const typedKey = stemmedKey(rawWords);
    const rewrittenKey = ws === rawWords ? typedKey : stemmedKey(ws);
    for (let k = 0; k < 2; k++) {
      const list = k === 0 ? index.exactMatches(typedKey) : rewrittenKey !== typedKey ? index.exactMatches(rewrittenKey) : undefined;
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
      const e = index.entries[id]!;
      const s = best[i]!;
      const sec = s >= 0 ? index.sections[s] : undefined;
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
    const anyCorrected = plans.some((p) => p.corrected);
    return { result: { query, terms: highlightTerms(plans), corrected: anyCorrected ? correctedQuery(rawWords, plans) : undefined, hits }, found };
  }

  /** Whether entry `a` is linked from more entries than `b` (the lower id on a tie, for a stable order). */
  private moreCentral(a: number, b: number): boolean {
    const d = this.index.entries[a]!.inlinks - this.index.entries[b]!.inlinks;
    return d > 0 || (d === 0 && a < b);
  }

  /**
   * For each top entry, the section that best matches, or -1: a heading match counts 3, a body match 1.
   * A term found in the entry's title points at no section ("dropout", "adamw hyperparameters" opens
   * Hyperparameters, not "When AdamW is the better choice"); one found in an alias only through a
   * heading ("tensor" opens the glossary at its Tensor section, "LN" the top of Layer Normalization).
   */
  private bestSections(top: number[], plans: readonly TermPlan[]): number[] {
    const out = top.map(() => -1);
    if (!top.length) return out;
    const { secScore, rankStamp, rankOf, stamp } = this;
    const { unitSection, unitEntry, sectionEntry } = this.index;
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
      const r = rankOf[sectionEntry[s]!]!;
      if (secScore[s]! > bestScore[r]! || (secScore[s] === bestScore[r] && s < out[r]!)) {
        bestScore[r] = secScore[s]!;
        out[r] = s;
      }
    }
    for (const s of touched) secScore[s] = 0;
    return out;
  }
}
