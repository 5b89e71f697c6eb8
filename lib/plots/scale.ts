/** Scales, ticks, sampling and SVG path strings: the plumbing every explorer shares. Pure functions. */

export type Scale = (v: number) => number;

/** A linear map from [d0, d1] to [r0, r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** `n` evenly spaced values from `min` to `max`, both included (n ≥ 2). */
export function linspace(min: number, max: number, n: number): number[] {
  const out: number[] = [];
  const count = Math.max(2, Math.floor(n));
  for (let i = 0; i < count; i++) out.push(min + ((max - min) * i) / (count - 1));
  return out;
}

/** About `count` round tick values covering [min, max] (steps of 1, 2 or 5 × 10^k). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max < min) [min, max] = [max, min];
  if (max === min) return [min];
  const raw = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
  const start = Math.ceil(min / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return ticks;
}

/** The [min, max] of finite values, padded by `pad` of the range, optionally clamped to [lo, hi]. */
export function extent(values: Iterable<number>, pad = 0.06, lo = -Infinity, hi = Infinity): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) return [0, 1];
  if (min === max) {
    min -= 0.5;
    max += 0.5;
  }
  const p = (max - min) * pad;
  return [Math.max(lo, min - p), Math.min(hi, max + p)];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * An SVG path through points (x, y) in data units. Non-finite y breaks the line; y is clamped to
 * [yMin - span, yMax + span] so off-scale values keep the path finite (the plot clips them).
 */
export function linePath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale, yDomain?: [number, number]): string {
  let d = "";
  let pen = false;
  const span = yDomain ? yDomain[1] - yDomain[0] : 0;
  for (let i = 0; i < xs.length; i++) {
    let y = ys[i]!;
    const x = xs[i]!;
    if (!Number.isFinite(y) || !Number.isFinite(x)) {
      pen = false;
      continue;
    }
    if (yDomain) y = Math.min(yDomain[1] + span, Math.max(yDomain[0] - span, y));
    d += `${pen ? "L" : "M"}${r2(sx(x))} ${r2(sy(y))}`;
    pen = true;
  }
  return d;
}

/** A step path: each y holds from its x to the next x (as a learning rate holds for a whole step). */
export function stepPath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale): string {
  let d = "";
  for (let i = 0; i < xs.length; i++) {
    const x = sx(xs[i]!);
    const y = sy(ys[i]!);
    if (!Number.isFinite(y)) continue;
    if (i === 0 || d === "") d += `M${r2(x)} ${r2(y)}`;
    else d += `H${r2(x)}V${r2(y)}`;
    if (i === xs.length - 1) d += `H${r2(sx(xs[i]! + 1))}`;
  }
  return d;
}

/** A short human-readable number: 4 significant digits, exponent notation for tiny or huge values. */
export function fmt(v: number, digits = 4): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
  if (v === 0) return "0";
  const a = Math.abs(v);
  const s = a >= 1e5 || a < 1e-3 ? v.toExponential(digits - 1).replace(/\.?0+e/, "e") : String(Number(v.toPrecision(digits)));
  return s.replace(/^-/, "−");
}

/** Clamps v to [lo, hi]. */
export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export { mulberry32 } from "../random";

/** A standard normal draw from two uniforms (Box–Muller). */
export function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
