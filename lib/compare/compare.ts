import type { EntryFact } from "../content/entry-data";

/** The sections /compare lines up, in order, by their heading ids on entry pages. */
export const COMPARED_SECTIONS = [
  { id: "what-it-does", label: "What it does" },
  { id: "the-math", label: "The math" },
  { id: "code", label: "Code" },
  { id: "hyperparameters", label: "Hyperparameters" },
  { id: "when-to-use", label: "When to use" },
] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CompareParams {
  a?: string;
  b?: string;
  /** Values that are not slugs at all (shown back to the reader, never fetched). */
  invalid: string[];
}

/** Reads ?a=…&b=… ; anything that is not slug-shaped is reported, never used in a URL. */
export function parseCompareParams(search: string): CompareParams {
  const params = new URLSearchParams(search);
  const out: CompareParams = { invalid: [] };
  for (const side of ["a", "b"] as const) {
    const raw = params.get(side)?.trim().toLowerCase();
    if (!raw) continue;
    if (SLUG.test(raw) && raw.length <= 80) out[side] = raw;
    else out.invalid.push(raw.slice(0, 80));
  }
  return out;
}

export function compareHref(a?: string, b?: string): string {
  const p = new URLSearchParams();
  if (a) p.set("a", a);
  if (b) p.set("b", b);
  const q = p.toString();
  return q ? `/compare?${q}` : "/compare";
}

export interface FactRowPair {
  key: string;
  label: string;
  help: string;
  a?: EntryFact;
  b?: EntryFact;
  /** Both state a value and the values differ. */
  differs: boolean;
}

/**
 * Lines up two entries' facts by column (same category: the same columns; different categories: the
 * union, in A's order then B's). A row is marked when both sides state it and disagree.
 */
export function pairFacts(a: EntryFact[], b: EntryFact[]): FactRowPair[] {
  const rows: FactRowPair[] = [];
  const byKey = new Map<string, FactRowPair>();
  for (const [side, facts] of [["a", a], ["b", b]] as const)
    for (const f of facts) {
      let row = byKey.get(f.key);
      if (!row) {
        row = { key: f.key, label: f.label, help: f.help, differs: false };
        byKey.set(f.key, row);
        rows.push(row);
      }
      row[side] = f;
    }
  for (const r of rows) r.differs = Boolean(r.a?.text && r.b?.text && r.a.text !== r.b.text);
  return rows.filter((r) => r.a?.text || r.b?.text);
}
