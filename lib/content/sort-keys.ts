/* No imports: the table's sort enhancement ships this to the browser. */

/**
 * Compares two cell sort keys for an ascending sort: empty cells always last, numbers before text.
 * Shared by the table's enhancement script and the tests.
 */
export function compareSortKeys(a: string | number | null, b: string | number | null, descending = false): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const sign = descending ? -1 : 1;
  if (typeof a === "number" && typeof b === "number") return sign * (a - b);
  return sign * String(a).localeCompare(String(b), "en", { numeric: true });
}
