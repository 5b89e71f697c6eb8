/**
 * Query planning: from what was typed to the terms to look up. The query is cleaned and capped,
 * rewritten by the spelling and synonym tables (longest phrase first), split into words; stop words and
 * question filler are dropped, plurals stemmed, and a word that starts no indexed word is corrected
 * against the vocabulary (Damerau-Levenshtein, via the index's typo index). Each planned term carries
 * its postings, looked up once.
 */
import { cleanQuery, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, normalizeText, stem, STOPWORDS, words } from "./normalize";
import type { SearchIndex } from "./search-index";
import { QUANTITY, QUESTION_FILLER, SPELLING, SYNONYMS } from "./synonyms";
import type { Slots } from "./tiers";

/** Spelling variants, then synonyms (a Map: a query word like "constructor" must not find Object's). */
const REWRITES = new Map<string, string>([...Object.entries(SYNONYMS), ...Object.entries(SPELLING)]);
/** First words of SPELLING and SYNONYMS keys; the most words of one key. */
const REWRITE_STARTS = new Set([...REWRITES.keys()].map((k) => k.split(" ")[0]!));
const REWRITE_MAX_WORDS = Math.max(1, ...[...REWRITES.keys()].map((k) => k.split(" ").length));

export interface TermPlan {
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

/** A query ready to rank. */
export interface QueryPlan {
  /** The query as searched (cleaned, length-capped). */
  query: string;
  /** Its words as typed, and after rewriting. */
  rawWords: string[];
  words: string[];
  terms: TermPlan[];
}

export function isEmpty(slots: Slots): boolean {
  for (const ids of slots) if (ids && ids.length) return false;
  return true;
}

/** The key of a phrase for exact matching, from its words. */
export function stemmedKey(ws: readonly string[]): string {
  let key = "";
  for (let i = 0; i < ws.length; i++) key += (i ? " " : "") + stem(ws[i]!);
  return key;
}

/** Query words after spelling variants and synonym phrases (longest phrase first). */
export function rewrite(ws: string[]): string[] {
  if (!ws.some((w) => REWRITE_STARTS.has(w))) return ws;
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let rep: string | undefined;
    let len = 0;
    if (REWRITE_STARTS.has(ws[i]!)) {
      for (len = Math.min(REWRITE_MAX_WORDS, ws.length - i); len >= 1; len--) {
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

/**
 * The plan of a query, or just its cleaned form when it has no words. `partial`: whether the last word
 * may be half-typed (default: yes unless the query ends with a space or punctuation).
 */
export function planQuery(index: SearchIndex, rawQuery: string, partial?: boolean): QueryPlan | { query: string; terms?: undefined } {
  const query = cleanQuery(rawQuery);
  if (!query) return { query };
  const rawWords = words(normalizeText(query, MAX_QUERY_LENGTH)).slice(0, MAX_QUERY_TERMS * 2);
  if (!rawWords.length) return { query };
  const ws = rewrite(rawWords);
  const lastIsPartial = partial ?? (typeof rawQuery === "string" && !/[\s\p{P}]$/u.test(rawQuery));
  return { query, rawWords, words: ws, terms: planTerms(index, ws, lastIsPartial) };
}

/** Terms of a query: stop words out (but not a half-typed last word), plurals stemmed, unknown words corrected. */
function planTerms(index: SearchIndex, ws: string[], lastIsPartial: boolean): TermPlan[] {
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
    let { pre, rt } = index.postings(term);
    // Not the start of any title, alias, summary or heading word: is it a word at all?
    if (isEmpty(pre) && !index.hasPrefix(term)) {
      const c = index.lexicon().typo.correct(term);
      // A word whose root is indexed (optimisers ~ optimizer) is kept unless a one-edit fix exists; a
      // code with digits ("mat1") is not "corrected" into another plain word ("math"; "gpt4" may be "gpt").
      if (c && (c.distance === 1 || isEmpty(rt)) && !(/\d/.test(term) && !/\d/.test(c.word) && !term.startsWith(c.word))) {
        term = c.word;
        corrected = true;
        ({ pre, rt } = index.postings(term));
      }
    }
    if (seen.has(term)) continue;
    seen.add(term);
    plans.push({ term, original, corrected, complete: i !== lastPartial, pre, rt });
  }
  return plans;
}

/** The query as the reader typed it, with the corrected words replaced. */
export function correctedQuery(rawWords: readonly string[], plans: readonly TermPlan[]): string {
  return rawWords
    .map((w) => {
      const s = stem(w);
      for (const p of plans) if (p.corrected && p.original === s) return p.term;
      return w;
    })
    .join(" ");
}

/** Terms to highlight: as searched, and as typed where a typo was corrected. */
export function highlightTerms(plans: readonly TermPlan[]): string[] {
  const terms: string[] = [];
  for (const p of plans) {
    if (!terms.includes(p.term)) terms.push(p.term);
    if (p.corrected && !terms.includes(p.original)) terms.push(p.original);
  }
  return terms;
}

/** "Did you mean" candidates: alternative queries built from the nearest vocabulary words (a scan). */
export function alternatives(index: SearchIndex, rawQuery: string, limit: number): string[] {
  const ws = words(normalizeText(cleanQuery(rawQuery), MAX_QUERY_LENGTH)).slice(0, MAX_QUERY_TERMS);
  if (!ws.length) return [];
  const options = ws.map((w) => {
    const { typo } = index.lexicon();
    if (STOPWORDS.has(w) || typo.has(stem(w))) return [w];
    const near = typo.nearest(stem(w), 2, limit).map((c) => c.word);
    return near.length ? near : [w];
  });
  const out: string[] = [];
  const original = ws.join(" ");
  for (let k = 0; k < limit; k++) {
    const alt = options.map((o) => o[Math.min(k, o.length - 1)]!).join(" ");
    if (alt !== original && !out.includes(alt)) out.push(alt);
  }
  return out;
}
