/**
 * Typo tolerance: Damerau-Levenshtein (optimal string alignment) distance, and a symmetric-delete
 * index (the SymSpell idea) over the vocabulary, so that finding every word within one edit, adjacent
 * transpositions included ("dropuot" → dropout, "trasnformer" → transformer), costs a handful of
 * hash lookups instead of a scan.
 */

import { drain, type Steps } from "./slice";

// Three rows of the DP table, reused by every call (words are short; longer ones grow the buffers).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance (insert, delete, substitute, swap adjacent), or max + 1 once it exceeds `max`. */
export function osaDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (rows[0]!.length <= lb) rows = [new Int32Array(lb + 1), new Int32Array(lb + 1), new Int32Array(lb + 1)];
  let prev2 = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const pa = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (j > 1 && ca === b.charCodeAt(j - 2) && pa === cb) {
        const swap = prev2[j - 2]! + 1;
        if (swap < v) v = swap;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb]!;
}

export interface Correction {
  word: string;
  distance: number;
}

/** Words shorter than this are never corrected (abbreviations: "ln", "gqa", "sam"). */
export const MIN_TYPO_LENGTH = 4;

export class TypoIndex {
  private readonly deletes = new Map<string, number[]>();
  private readonly known: Set<string>;
  private readonly visited: Int32Array;
  private stamp = 0;

  /**
   * `weights[i]` ranks equally distant candidates (title/alias words above body words). With `empty`, the
   * deletion table is filled by running `fill()` (in steps) before the first `correct`.
   */
  constructor(
    private readonly words: readonly string[],
    private readonly weights: readonly number[],
    empty = false,
  ) {
    this.known = new Set(words);
    this.visited = new Int32Array(words.length);
    if (!empty) drain(this.fill());
  }

  /** Fills the deletion table; one step per 500 words. */
  *fill(): Steps {
    for (let id = 0; id < this.words.length; id++) {
      const w = this.words[id]!;
      if (w.length >= MIN_TYPO_LENGTH) {
        this.push(w, id);
        for (let i = 0; i < w.length; i++) this.push(w.slice(0, i) + w.slice(i + 1), id);
      }
      if (id % 500 === 499) yield;
    }
  }

  private push(key: string, id: number) {
    const list = this.deletes.get(key);
    if (!list) this.deletes.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * The best vocabulary word within one edit (two for words of 8+ letters when a shared deletion
   * reaches it), or undefined. Ties: higher weight, then shorter, then alphabetical.
   */
  correct(term: string): Correction | undefined {
    if (term.length < MIN_TYPO_LENGTH || this.known.has(term)) return undefined;
    const max = term.length >= 8 ? 2 : 1;
    let best = -1;
    let bestD = max + 1;
    const stamp = ++this.stamp;
    const consider = (ids: number[] | undefined) => {
      if (!ids) return;
      for (const id of ids) {
        // A word reached through several deletions is compared once.
        if (this.visited[id] === stamp) continue;
        this.visited[id] = stamp;
        const w = this.words[id]!;
        const d = osaDistance(term, w, Math.min(max, bestD));
        if (d > max) continue;
        if (d < bestD || (d === bestD && this.better(id, best))) {
          best = id;
          bestD = d;
        }
      }
    };
    consider(this.deletes.get(term));
    for (let i = 0; i < term.length; i++) consider(this.deletes.get(term.slice(0, i) + term.slice(i + 1)));
    return best >= 0 ? { word: this.words[best]!, distance: bestD } : undefined;
  }

  private better(a: number, b: number): boolean {
    if (b < 0) return true;
    const wa = this.weights[a]!;
    const wb = this.weights[b]!;
    if (wa !== wb) return wa > wb;
    const la = this.words[a]!.length;
    const lb = this.words[b]!.length;
    if (la !== lb) return la < lb;
    return this.words[a]! < this.words[b]!;
  }

  /** Up to `limit` words within `max` edits, closest and weightiest first (a full scan: for "did you mean", not per keystroke). */
  nearest(term: string, max = 2, limit = 3): Correction[] {
    if (term.length < 3) return [];
    const found: { id: number; d: number }[] = [];
    this.words.forEach((w, id) => {
      if (w === term || w.length < MIN_TYPO_LENGTH) return;
      const d = osaDistance(term, w, max);
      if (d <= max) found.push({ id, d });
    });
    found.sort((x, y) => x.d - y.d || (this.better(x.id, y.id) ? -1 : this.better(y.id, x.id) ? 1 : 0));
    return found.slice(0, limit).map((f) => ({ word: this.words[f.id]!, distance: f.d }));
  }
}
