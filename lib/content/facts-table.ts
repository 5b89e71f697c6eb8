import { factColumns, hasFacts, type FactColumn } from "./facts";

export { compareSortKeys } from "./sort-keys";

/** One cell of a comparison table: what to show, and the key it sorts by (null: empty, sorts last). */
export interface FactCell {
  kind: FactColumn["kind"];
  /** Plain text, or LaTeX for `math` cells; empty string for an empty cell. */
  text: string;
  sort: string | number | null;
}

export interface FactRow {
  slug: string;
  title: string;
  cells: FactCell[];
}

export interface FactTable {
  columns: FactColumn[];
  rows: FactRow[];
}

interface HasFacts {
  slug: string;
  title: string;
  category: string;
  facts?: Record<string, unknown>;
}

/** The text of one fact for tables and /compare (math stays LaTeX; the renderer typesets it). */
export function factText(column: FactColumn, value: unknown): string {
  if (value === undefined || value === null) return "";
  switch (column.kind) {
    case "bool":
      return value ? "Yes" : "No";
    case "number":
      return column.key === "stateSlots" ? `${String(value)}×` : String(value);
    case "list":
      return (value as { name: string; default: string }[]).map((h) => `${h.name} = ${h.default}`).join("; ");
    default:
      return String(value);
  }
}

function sortKey(column: FactColumn, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (column.kind === "number") return Number(value);
  if (column.kind === "bool") return value ? 1 : 0;
  return factText(column, value).toLowerCase();
}

/** A category's comparison table, rows in the given order; undefined for a category without facts. */
export function factTable(category: string, entries: readonly HasFacts[]): FactTable | undefined {
  if (!hasFacts(category)) return undefined;
  const columns = factColumns[category];
  const rows = entries.map((e) => ({
    slug: e.slug,
    title: e.title,
    cells: columns.map((c) => {
      const value = e.facts?.[c.key];
      return { kind: c.kind, text: factText(c, value), sort: sortKey(c, value) };
    }),
  }));
  return { columns, rows };
}
