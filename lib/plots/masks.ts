/** Attention masks as n×n boolean grids (row = query i, column = key j). Pure maths. */
import { mulberry32 } from "./scale";

export const MASK_PATTERNS = [
  "full",
  "causal",
  "sliding",
  "dilated",
  "global-local",
  "bigbird",
  "strided",
  "prefix",
  "oscillating",
  "axial",
  "alibi",
] as const;
export type MaskPattern = (typeof MASK_PATTERNS)[number];

export const PATTERN_LABELS: Record<MaskPattern, string> = {
  full: "Full (bidirectional)",
  causal: "Causal",
  sliding: "Sliding window",
  dilated: "Dilated window",
  "global-local": "Global + local (Longformer)",
  bigbird: "BigBird (window + random + global)",
  strided: "Strided (Sparse Transformer)",
  prefix: "Prefix-LM",
  oscillating: "Oscillating by layer",
  axial: "Axial (rows and columns)",
  alibi: "ALiBi (causal + linear bias)",
};

export interface MaskParams {
  n: number;
  /** Window half-width w: |i − j| ≤ w. */
  window: number;
  /** Dilation k of the dilated window. */
  dilation: number;
  /** Number of global tokens (the first g positions). */
  globals: number;
  /** Random keys per query (BigBird). */
  random: number;
  seed: number;
  /** Prefix length p (prefix-LM). */
  prefix: number;
  /** 1-based layer index (oscillating). */
  layer: number;
  /** Row width c of the 2-D grid the sequence is folded into (axial). */
  width: number;
  axis: "row" | "column" | "both";
  /** Stride l (strided). */
  stride: number;
  /** Restrict to j ≤ i (windowed patterns). */
  causal: boolean;
  /** ALiBi slope m. */
  slope: number;
}

export const DEFAULT_MASK_PARAMS: MaskParams = {
  n: 16,
  window: 2,
  dilation: 2,
  globals: 2,
  random: 2,
  seed: 42,
  prefix: 6,
  layer: 1,
  width: 4,
  axis: "both",
  stride: 4,
  causal: false,
  slope: 0.5,
};

/** Which of bidirectional / forward / backward layer ℓ uses in the oscillating cycle (ℓ − 1 mod 3). */
export function oscillatingPhase(layer: number): "bidirectional" | "forward" | "backward" {
  return (["bidirectional", "forward", "backward"] as const)[(((layer - 1) % 3) + 3) % 3]!;
}

/** Builds the mask: out[i·n + j] = 1 when query i attends to key j. */
export function buildMask(pattern: MaskPattern, p: MaskParams): Uint8Array {
  const n = Math.max(1, Math.floor(p.n));
  const m = new Uint8Array(n * n);
  const w = Math.max(0, Math.floor(p.window));
  const g = Math.min(n, Math.max(0, Math.floor(p.globals)));
  const set = (i: number, j: number) => {
    if (j >= 0 && j < n) m[i * n + j] = 1;
  };
  for (let i = 0; i < n; i++) {
    switch (pattern) {
      case "full":
        for (let j = 0; j < n; j++) set(i, j);
        break;
      case "causal":
      case "alibi":
        for (let j = 0; j <= i; j++) set(i, j);
        break;
      case "sliding":
        for (let j = i - w; j <= i + w; j++) set(i, j);
        break;
      case "dilated": {
        const k = Math.max(1, Math.floor(p.dilation));
        for (let t = -w; t <= w; t++) set(i, i + t * k);
        break;
      }
      case "global-local":
      case "bigbird": {
        for (let j = i - w; j <= i + w; j++) set(i, j);
        for (let j = 0; j < g; j++) set(i, j);
        if (i < g) for (let j = 0; j < n; j++) set(i, j);
        if (pattern === "bigbird" && i >= g) {
          // r random keys outside the window and the global tokens, drawn from a per-row seeded stream.
          const rand = mulberry32((p.seed * 2654435761) ^ (i * 40503));
          const pool: number[] = [];
          for (let j = 0; j < n; j++) if (!m[i * n + j] && (!p.causal || j <= i)) pool.push(j);
          const r = Math.min(pool.length, Math.max(0, Math.floor(p.random)));
          for (let c = 0; c < r; c++) {
            const pick = c + Math.floor(rand() * (pool.length - c));
            const tmp = pool[c]!;
            pool[c] = pool[pick]!;
            pool[pick] = tmp;
            set(i, pool[c]!);
          }
        }
        break;
      }
      case "strided": {
        const l = Math.max(1, Math.floor(p.stride));
        for (let j = 0; j <= i; j++) if (i - j < l || (i - j) % l === 0) set(i, j);
        break;
      }
      case "prefix": {
        const pre = Math.max(0, Math.floor(p.prefix));
        for (let j = 0; j < n; j++) if (j <= i || j < pre) set(i, j);
        break;
      }
      case "oscillating": {
        const phase = oscillatingPhase(p.layer);
        for (let j = 0; j < n; j++) if (phase === "bidirectional" || (phase === "forward" ? j <= i : j >= i)) set(i, j);
        break;
      }
      case "axial": {
        const c = Math.max(1, Math.floor(p.width));
        for (let j = 0; j < n; j++) {
          const sameRow = Math.floor(i / c) === Math.floor(j / c);
          const sameCol = i % c === j % c;
          if ((p.axis !== "column" && sameRow) || (p.axis !== "row" && sameCol)) set(i, j);
        }
        break;
      }
    }
  }
  if (p.causal && pattern !== "full" && pattern !== "prefix" && pattern !== "oscillating") {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) m[i * n + j] = 0;
  }
  return m;
}

/** The number of attended (query, key) pairs. */
export function countPairs(mask: Uint8Array): number {
  let c = 0;
  for (let k = 0; k < mask.length; k++) c += mask[k]!;
  return c;
}

/** The keys query i attends to. */
export function rowKeys(mask: Uint8Array, n: number, i: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < n; j++) if (mask[i * n + j]) out.push(j);
  return out;
}

/** Attended pairs for every sequence length 1..nMax with the other parameters fixed: the cost curve. */
export function pairsByLength(pattern: MaskPattern, p: MaskParams, nMax: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= nMax; n++) out.push(countPairs(buildMask(pattern, { ...p, n })));
  return out;
}

/** The ALiBi bias −m·(i − j) added to the score of a causal pair. */
export const alibiBias = (i: number, j: number, slope: number) => -slope * Math.abs(i - j);

/** ALiBi's slopes for H heads: the geometric sequence starting at 2^(−8/H) with that ratio. */
export function alibiSlopes(heads: number): number[] {
  const r = 2 ** (-8 / heads);
  return Array.from({ length: heads }, (_, h) => r ** (h + 1));
}
