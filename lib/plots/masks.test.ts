import { describe, expect, it } from "vitest";
import { DEFAULT_MASK_PARAMS, MASK_PATTERNS, alibiSlopes, buildMask, countPairs, oscillatingPhase, pairsByLength, rowKeys, type MaskParams } from "./masks";

const P = (o: Partial<MaskParams>): MaskParams => ({ ...DEFAULT_MASK_PARAMS, ...o });
/** Independent brute force: count pairs satisfying a predicate. */
const brute = (n: number, ok: (i: number, j: number) => boolean) => {
  let c = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (ok(i, j)) c++;
  return c;
};

describe("attention masks", () => {
  it("full is n², causal is n(n + 1)/2", () => {
    expect(countPairs(buildMask("full", P({ n: 16 })))).toBe(256);
    expect(countPairs(buildMask("causal", P({ n: 16 })))).toBe(136);
  });
  it("sliding window |i − j| ≤ w has n(2w + 1) − w(w + 1) pairs; causal keeps j ≤ i", () => {
    expect(countPairs(buildMask("sliding", P({ n: 16, window: 2 })))).toBe(16 * 5 - 6);
    expect(countPairs(buildMask("sliding", P({ n: 16, window: 2, causal: true })))).toBe(brute(16, (i, j) => j <= i && i - j <= 2));
  });
  it("dilated window attends to i + t·k for |t| ≤ w", () => {
    const m = buildMask("dilated", P({ n: 20, window: 2, dilation: 3 }));
    expect(rowKeys(m, 20, 10)).toEqual([4, 7, 10, 13, 16]);
    expect(countPairs(m)).toBe(brute(20, (i, j) => Math.abs(i - j) % 3 === 0 && Math.abs(i - j) <= 6));
  });
  it("global tokens see and are seen by every position", () => {
    const n = 12;
    const m = buildMask("global-local", P({ n, window: 1, globals: 2 }));
    expect(rowKeys(m, n, 0)).toHaveLength(n);
    for (let i = 0; i < n; i++) expect(m[i * n + 1]).toBe(1);
    expect(rowKeys(m, n, 7)).toEqual([0, 1, 6, 7, 8]);
  });
  it("BigBird adds exactly r seeded random keys per non-global row", () => {
    const n = 32;
    const base = buildMask("global-local", P({ n, window: 2, globals: 2 }));
    const a = buildMask("bigbird", P({ n, window: 2, globals: 2, random: 3, seed: 1 }));
    for (let i = 2; i < n; i++) expect(rowKeys(a, n, i).length - rowKeys(base, n, i).length).toBe(3);
    expect(buildMask("bigbird", P({ n, window: 2, globals: 2, random: 3, seed: 1 }))).toEqual(a);
    expect(buildMask("bigbird", P({ n, window: 2, globals: 2, random: 3, seed: 2 }))).not.toEqual(a);
  });
  it("prefix-LM: bidirectional inside the prefix, causal after it", () => {
    const m = buildMask("prefix", P({ n: 16, prefix: 6 }));
    expect(countPairs(m)).toBe(136 + 15);
    expect(rowKeys(m, 16, 2)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rowKeys(m, 16, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it("oscillating cycles bidirectional, forward, backward by layer", () => {
    expect([1, 2, 3, 4].map(oscillatingPhase)).toEqual(["bidirectional", "forward", "backward", "bidirectional"]);
    const back = buildMask("oscillating", P({ n: 8, layer: 3 }));
    expect(rowKeys(back, 8, 5)).toEqual([5, 6, 7]);
  });
  it("axial: same row or same column of the folded grid", () => {
    const m = buildMask("axial", P({ n: 16, width: 4, axis: "both" }));
    expect(countPairs(m)).toBe(16 * 7);
    expect(rowKeys(m, 16, 5)).toEqual([1, 4, 5, 6, 7, 9, 13]);
    expect(countPairs(buildMask("axial", P({ n: 16, width: 4, axis: "row" })))).toBe(64);
  });
  it("strided (Sparse Transformer): the last l positions plus every l-th before", () => {
    const m = buildMask("strided", P({ n: 16, stride: 4 }));
    expect(rowKeys(m, 16, 13)).toEqual([1, 5, 9, 10, 11, 12, 13]);
  });
  it("the cost curve grows linearly for windows and quadratically for full attention", () => {
    const win = pairsByLength("sliding", P({ window: 3 }), 40);
    expect(win[39]! - win[38]!).toBe(7);
    expect(win[20]! - win[19]!).toBe(7);
    const full = pairsByLength("full", P({}), 10);
    expect(full).toEqual([1, 4, 9, 16, 25, 36, 49, 64, 81, 100]);
  });
  it("every pattern builds an n×n 0/1 mask with a non-empty diagonal-or-row", () => {
    for (const pat of MASK_PATTERNS) {
      const m = buildMask(pat, P({ n: 10 }));
      expect(m).toHaveLength(100);
      for (let i = 0; i < 10; i++) expect(rowKeys(m, 10, i).length, pat).toBeGreaterThan(0);
    }
  });
  it("ALiBi slopes for 8 heads are 1/2 … 1/256", () => {
    expect(alibiSlopes(8)).toEqual([1 / 2, 1 / 4, 1 / 8, 1 / 16, 1 / 32, 1 / 64, 1 / 128, 1 / 256]);
  });
});
