import { describe, expect, it } from "vitest";
import { LOSS_FAMILIES, LOSS_FAMILY_IDS, arcface, boxOverlap, focal, huber, jsBernoulli, jsShiftedGaussians, klBernoulli, labelSmoothingCE, sphereface } from "./losses";

describe("losses", () => {
  it("Huber is quadratic inside δ and linear outside, continuous at δ", () => {
    expect(huber(0.5, 1)).toBe(0.125);
    expect(huber(-2, 1)).toBe(1.5);
    expect(huber(1, 1)).toBe(0.5);
    expect(huber(3, 0.5)).toBe(0.5 * (3 - 0.25));
  });
  it("focal loss with γ = 0 is cross-entropy; γ = 2 down-weights easy examples", () => {
    expect(focal(0.3, 0)).toBeCloseTo(-Math.log(0.3), 12);
    expect(focal(0.9, 2)).toBeCloseTo(0.01 * -Math.log(0.9), 12);
    expect(focal(0.9, 2)).toBeCloseTo(0.00105361, 8);
  });
  it("label smoothing is minimised at p = 1 − ε + ε/K, not at p = 1", () => {
    const eps = 0.1;
    const K = 10;
    let best = 0;
    let bestV = Infinity;
    for (let p = 0.5; p < 1; p += 1e-4) {
      const v = labelSmoothingCE(p, eps, K);
      if (v < bestV) [best, bestV] = [p, v];
    }
    expect(best).toBeCloseTo(1 - eps + eps / K, 3);
    expect(labelSmoothingCE(0.7, 0, K)).toBeCloseTo(-Math.log(0.7), 12);
  });
  it("KL is zero only at q = p and asymmetric; JS is symmetric and at most ln 2", () => {
    expect(klBernoulli(0.3, 0.3)).toBeCloseTo(0, 14);
    expect(klBernoulli(0.3, 0.6)).not.toBeCloseTo(klBernoulli(0.6, 0.3), 3);
    expect(klBernoulli(0.5, 0.25)).toBeCloseTo(0.5 * Math.log(2) + 0.5 * Math.log(0.5 / 0.75), 12);
    expect(jsBernoulli(0.2, 0.7)).toBeCloseTo(jsBernoulli(0.7, 0.2), 14);
    expect(jsBernoulli(0, 1)).toBeCloseTo(Math.LN2, 12);
  });
  it("shifted Gaussians: JS is 0 at no shift, saturates at ln 2, and depends only on θ/σ", () => {
    expect(jsShiftedGaussians(0, 1)).toBe(0);
    expect(jsShiftedGaussians(30, 1)).toBe(Math.LN2);
    expect(jsShiftedGaussians(10, 1)).toBeCloseTo(Math.LN2, 5);
    expect(jsShiftedGaussians(0.5, 0.5)).toBeCloseTo(jsShiftedGaussians(2, 2), 10);
    // small shifts: JS ≈ d²/8 (a quarter of the KL of d²/2 between the two, halved by the mixture)
    expect(jsShiftedGaussians(0.01, 1) / (0.01 ** 2 / 8)).toBeCloseTo(1, 2);
  });
  it("IoU, GIoU and Dice of 1-D unit boxes", () => {
    expect(boxOverlap(0).iou).toBe(1);
    const half = boxOverlap(0.5);
    expect(half.iou).toBeCloseTo(1 / 3, 12);
    expect(half.giou).toBeCloseTo(1 / 3, 12);
    expect(half.dice).toBeCloseTo(0.5, 12);
    const apart = boxOverlap(2);
    expect(apart.iou).toBe(0);
    expect(apart.giou).toBeCloseTo(-1 / 3, 12);
  });
  it("angular margins: ArcFace cos(θ + m), SphereFace ψ monotonic", () => {
    expect(arcface(0, 0.5)).toBeCloseTo(Math.cos(0.5), 12);
    expect(arcface(1, 0.5)).toBeCloseTo(Math.cos(1.5), 12);
    let prev = Infinity;
    for (let t = 0; t <= Math.PI; t += 0.01) {
      const v = sphereface(t, 4);
      expect(v).toBeLessThanOrEqual(prev + 1e-12);
      prev = v;
    }
  });
  it("every family evaluates to finite values on most of its range", () => {
    for (const id of LOSS_FAMILY_IDS) {
      const fam = LOSS_FAMILIES[id];
      const p = Object.fromEntries(fam.params.map((q) => [q.key, q.value]));
      for (const c of fam.curves) {
        let finite = 0;
        for (let k = 0; k <= 100; k++) if (Number.isFinite(c.f(fam.x[0] + ((fam.x[1] - fam.x[0]) * k) / 100, p))) finite++;
        expect(finite, `${id}/${c.id}`).toBeGreaterThan(50);
      }
    }
  });
});
