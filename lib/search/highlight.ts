/**
 * Highlighting as data: character ranges of the words a query matched, and snippets cut around them.
 * The UI turns ranges into <mark> elements; no HTML string is ever built from content or query.
 */
import { normalizeText, root, stem } from "./normalize";

export interface Range {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  ranges: Range[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** British -is- and American -iz- spellings compare equal ("normalis…" marks "Normalization"). */
const fold = (s: string) => s.replace(/is/g, "iz");

/** Whether a word of the text (normalized, stemmed) is matched by one of the query terms. */
function matches(word: string, terms: readonly string[]): boolean {
  let r: string | undefined;
  let folded: string | undefined;
  for (const t of terms) {
    if (t.length < 2 ? word === t : word.startsWith(t)) return true;
    if (t.length >= 4 && (folded ??= fold(word)).startsWith(fold(t))) return true;
    if (t.length >= 4) {
      r ??= root(word);
      if (r === root(t)) return true;
    }
  }
  return false;
}

/** Ranges (sorted, non-overlapping) of the words of `text` matched by `terms` (as returned by a search). */
export function highlightRanges(text: string, terms: readonly string[], maxRanges = 50): Range[] {
  const out: Range[] = [];
  const usable = terms.filter((t) => t.length > 0);
  if (!text || !usable.length) return out;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && out.length < maxRanges) {
    const w = stem(normalizeText(m[0], 64));
    if (matches(w, usable)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * A window of at most `max` characters of `text` around the first matched word, cut at word boundaries
 * with ellipses, and the ranges inside it. Without a match: the start of the text.
 */
export function makeSnippet(text: string, terms: readonly string[], max = 180): Snippet {
  const all = highlightRanges(text, terms, 200);
  if (text.length <= max) return { text, ranges: all };
  const first = all[0];
  let start = 0;
  if (first && first.end > max - 20) {
    start = Math.max(0, first.start - Math.floor(max / 4));
    const sp = text.lastIndexOf(" ", start);
    start = sp >= 0 && start - sp < 20 ? sp + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const sp = text.lastIndexOf(" ", end);
    if (sp > start + max / 2) end = sp;
  }
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const shift = prefix.length - start;
  const ranges = all.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { text: prefix + text.slice(start, end) + suffix, ranges };
}

/** Splits text into plain and highlighted parts, for rendering as text nodes and <mark> elements. */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start < pos || r.end > text.length || r.end <= r.start) continue;
    if (r.start > pos) parts.push({ text: text.slice(pos, r.start), mark: false });
    parts.push({ text: text.slice(r.start, r.end), mark: true });
    pos = r.end;
  }
  if (pos < text.length) parts.push({ text: text.slice(pos), mark: false });
  return parts;
}
