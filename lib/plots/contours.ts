/** Contour lines by marching squares over a sampled grid. Pure maths; output is in data coordinates. */
import type { Scale } from "./scale";

export interface Grid {
  nx: number;
  ny: number;
  x: [number, number];
  y: [number, number];
  /** values[j·nx + i] = f(x_i, y_j). */
  values: Float64Array;
}

/** Samples f on an nx × ny lattice covering the rectangle (corners included). */
export function sampleGrid(f: (x: number, y: number) => number, x: [number, number], y: [number, number], nx: number, ny: number): Grid {
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const yy = y[0] + ((y[1] - y[0]) * j) / (ny - 1);
    for (let i = 0; i < nx; i++) values[j * nx + i] = f(x[0] + ((x[1] - x[0]) * i) / (nx - 1), yy);
  }
  return { nx, ny, x, y, values };
}

/**
 * Segments of the level set {f = level}: a flat array [x1, y1, x2, y2, …]. Ambiguous (saddle) cells are
 * resolved with the cell's mean value.
 */
export function marchingSquares(g: Grid, level: number): number[] {
  const out: number[] = [];
  const dx = (g.x[1] - g.x[0]) / (g.nx - 1);
  const dy = (g.y[1] - g.y[0]) / (g.ny - 1);
  const pts: number[] = [];
  for (let j = 0; j < g.ny - 1; j++) {
    for (let i = 0; i < g.nx - 1; i++) {
      const v00 = g.values[j * g.nx + i]!;
      const v10 = g.values[j * g.nx + i + 1]!;
      const v01 = g.values[(j + 1) * g.nx + i]!;
      const v11 = g.values[(j + 1) * g.nx + i + 1]!;
      const a00 = v00 >= level;
      const a10 = v10 >= level;
      const a01 = v01 >= level;
      const a11 = v11 >= level;
      if (a00 === a10 && a00 === a01 && a00 === a11) continue;
      const x0 = g.x[0] + i * dx;
      const y0 = g.y[0] + j * dy;
      const lerp = (va: number, vb: number) => (va === vb ? 0.5 : (level - va) / (vb - va));
      pts.length = 0;
      // Edges in order: bottom, right, top, left; each crossing pushes (edge, x, y).
      if (a00 !== a10) pts.push(0, x0 + lerp(v00, v10) * dx, y0);
      if (a10 !== a11) pts.push(1, x0 + dx, y0 + lerp(v10, v11) * dy);
      if (a01 !== a11) pts.push(2, x0 + lerp(v01, v11) * dx, y0 + dy);
      if (a00 !== a01) pts.push(3, x0, y0 + lerp(v00, v01) * dy);
      if (pts.length === 6) {
        out.push(pts[1]!, pts[2]!, pts[4]!, pts[5]!);
      } else if (pts.length === 12) {
        const [b, r, t, l] = [0, 1, 2, 3].map((k) => [pts[3 * k + 1]!, pts[3 * k + 2]!] as const) as [readonly [number, number], readonly [number, number], readonly [number, number], readonly [number, number]];
        const centreAbove = (v00 + v10 + v01 + v11) / 4 >= level;
        if (centreAbove === a00) out.push(b[0], b[1], r[0], r[1], l[0], l[1], t[0], t[1]);
        else out.push(b[0], b[1], l[0], l[1], r[0], r[1], t[0], t[1]);
      }
    }
  }
  return out;
}

/** `count` contour levels: geometric between a small positive value and a high quantile (log), or evenly spaced. */
export function contourLevels(g: Grid, count: number, log: boolean): number[] {
  const sorted = Float64Array.from(g.values).sort();
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))))]!;
  if (log) {
    const hi = q(0.95);
    const lo = Math.max(q(0.0005), hi * 1e-5, 1e-6);
    return Array.from({ length: count }, (_, k) => lo * (hi / lo) ** (k / (count - 1)));
  }
  const lo = q(0.02);
  const hi = q(0.98);
  return Array.from({ length: count }, (_, k) => lo + ((hi - lo) * (k + 0.5)) / count);
}

/** An SVG path of independent segments ("M x y L x y" per segment). */
export function segmentsPath(segs: readonly number[], sx: Scale, sy: Scale): string {
  let d = "";
  for (let k = 0; k + 3 < segs.length; k += 4) {
    d += `M${sx(segs[k]!).toFixed(1)} ${sy(segs[k + 1]!).toFixed(1)}L${sx(segs[k + 2]!).toFixed(1)} ${sy(segs[k + 3]!).toFixed(1)}`;
  }
  return d;
}
