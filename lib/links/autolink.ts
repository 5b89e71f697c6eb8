import type { LinkTerm } from "./terms";

export interface TermMatch {
  start: number;
  end: number;
  term: LinkTerm;
}

const WORD = /[\p{L}\p{N}]/u;

export interface TermMatcher {
  /** Non-overlapping matches in `text`, longest first at each position, left to right. */
  find(text: string): TermMatch[];
}

/**
 * Indexes terms by their first word so a text is scanned once: at each word start only terms that
 * begin with that word are tried, longest first ("multi-head attention" before "attention").
 */
export function createTermMatcher(terms: LinkTerm[]): TermMatcher {
  const byFirst = new Map<string, LinkTerm[]>();
  for (const t of terms) {
    const first = t.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).find(Boolean);
    if (!first) continue;
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first)!.push(t);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);

  return {
    find(text) {
      const out: TermMatch[] = [];
      const lower = text.toLowerCase();
      const wordStart = /[\p{L}\p{N}]+/gu;
      let m: RegExpExecArray | null;
      let consumedUntil = 0;
      while ((m = wordStart.exec(lower))) {
        const start = m.index;
        if (start < consumedUntil) continue;
        const word = m[0];
        const singular = word.length > 3 && word.endsWith("s") ? byFirst.get(word.slice(0, -1)) : undefined;
        const candidates = singular ? [...(byFirst.get(word) ?? []), ...singular].sort((a, b) => b.text.length - a.text.length) : byFirst.get(word);
        if (!candidates) continue;
        for (const term of candidates) {
          const end = start + term.text.length;
          if (end > text.length) continue;
          const slice = text.slice(start, end);
          const same = term.caseSensitive ? slice === term.text : slice.toLowerCase() === term.text.toLowerCase();
          if (!same) continue;
          let stop = end;
          // A plural ("transformers", "GANs") still names the entry; any other letter means a longer word.
          if (text[stop] === "s" && !WORD.test(text[stop + 1] ?? " ")) stop++;
          if (WORD.test(text[stop] ?? " ")) continue;
          out.push({ start, end: stop, term });
          consumedUntil = stop;
          break;
        }
      }
      return out;
    },
  };
}
