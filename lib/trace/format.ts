/** Number formats of the traced diagrams (shared by the build and the page's small script). */

/** "2×10×512" */
export function formatShape(shape: readonly number[]): string {
  return shape.length ? shape.join("×") : "scalar";
}

/** 1050624 → "1.05M" */
export function formatCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(n >= 1e10 ? 1 : 2).replace(/\.?0+$/, "")}B`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 1 : 2).replace(/\.?0+$/, "")}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(n >= 1e4 ? 0 : 1).replace(/\.0$/, "")}k`;
  return String(n);
}
