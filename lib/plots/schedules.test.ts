import { describe, expect, it } from "vitest";
import { PlateauScheduler, cosineAnnealing, oneCycle, simulatePlateau, stepLR, warmupDecay } from "./schedules";

describe("StepLR", () => {
  it("multiplies by γ every step_size steps", () => {
    expect(stepLR(29, 0.1, 30, 0.1)).toBeCloseTo(0.1, 15);
    expect(stepLR(30, 0.1, 30, 0.1)).toBeCloseTo(0.01, 15);
    expect(stepLR(65, 0.1, 30, 0.1)).toBeCloseTo(0.001, 15);
  });
});

describe("CosineAnnealingLR closed form", () => {
  const base = 0.1;
  const T = 100;
  const etaMin = 0.001;
  it("starts at the base rate, reaches η_min at T_max, and the mean halfway", () => {
    expect(cosineAnnealing(0, base, T, etaMin)).toBeCloseTo(base, 15);
    expect(cosineAnnealing(T, base, T, etaMin)).toBeCloseTo(etaMin, 15);
    expect(cosineAnnealing(T / 2, base, T, etaMin)).toBeCloseTo((base + etaMin) / 2, 15);
  });
  it("matches η_min + (η_base − η_min)(1 + cos(π t/T))/2 at t = 25 and rises again past T_max", () => {
    // by hand: cos(π/4) = 0.70710678; 0.001 + 0.099 × 1.70710678 / 2 = 0.0855018
    expect(cosineAnnealing(25, base, T, etaMin)).toBeCloseTo(0.0855018, 7);
    expect(cosineAnnealing(150, base, T, etaMin)).toBeCloseTo((base + etaMin) / 2, 12);
  });
});

describe("OneCycleLR (cos, three_phase=False)", () => {
  const o = { maxLr: 0.1, totalSteps: 100, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4 };
  const initial = 0.1 / 25;
  const min = initial / 1e4;
  it("starts at max_lr/div_factor, peaks at step pct_start·total − 1, ends at initial/final_div_factor", () => {
    expect(oneCycle(0, o)).toBeCloseTo(initial, 15);
    expect(oneCycle(29, o)).toBeCloseTo(0.1, 15);
    expect(oneCycle(99, o)).toBeCloseTo(min, 15);
  });
  it("follows the cosine anneal inside each phase", () => {
    // phase 1, t = 10: pct = 10/29
    expect(oneCycle(10, o)).toBeCloseTo(0.1 + ((initial - 0.1) / 2) * (Math.cos((Math.PI * 10) / 29) + 1), 15);
    expect(oneCycle(10, o)).toBeCloseTo(0.0295164, 6);
    // phase 2, t = 64: pct = (64 − 29)/(99 − 29) = 0.5, so the mean of max_lr and min_lr
    expect(oneCycle(64, o)).toBeCloseTo((0.1 + min) / 2, 15);
  });
});

describe("linear warmup then decay", () => {
  it("ramps linearly, then decays linearly or by a half cosine to 0 at the end", () => {
    expect(warmupDecay(0, 1, 10, 110, "linear")).toBe(0);
    expect(warmupDecay(5, 1, 10, 110, "linear")).toBe(0.5);
    expect(warmupDecay(10, 1, 10, 110, "linear")).toBe(1);
    expect(warmupDecay(60, 1, 10, 110, "linear")).toBe(0.5);
    expect(warmupDecay(110, 1, 10, 110, "linear")).toBe(0);
    expect(warmupDecay(60, 1, 10, 110, "cosine")).toBeCloseTo(0.5, 12);
    expect(warmupDecay(85, 1, 10, 110, "cosine")).toBeCloseTo((1 + Math.cos(0.75 * Math.PI)) / 2, 12);
    expect(warmupDecay(99, 1, 10, 110, "constant")).toBe(1);
  });
});

describe("ReduceLROnPlateau (min, rel)", () => {
  const feed = (s: PlateauScheduler, metrics: number[]) => metrics.flatMap((m, t) => (s.step(m) ? [t] : []));
  const flat = [1, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9];
  it("reduces after more than `patience` bad epochs", () => {
    const s = new PlateauScheduler(1, { factor: 0.5, patience: 2, threshold: 1e-4, cooldown: 0, minLr: 0 });
    expect(feed(s, flat)).toEqual([4, 7]);
    expect(s.lr).toBe(0.25);
  });
  it("ignores bad epochs during cooldown", () => {
    const s = new PlateauScheduler(1, { factor: 0.5, patience: 2, threshold: 1e-4, cooldown: 2, minLr: 0 });
    expect(feed(s, flat)).toEqual([4, 9]);
  });
  it("treats improvements smaller than the relative threshold as bad, and stops at min_lr", () => {
    const s = new PlateauScheduler(1, { factor: 0.1, patience: 0, threshold: 0.1, cooldown: 0, minLr: 0.05 });
    expect(feed(s, [1, 0.95, 0.8, 0.79])).toEqual([1, 3]);
    expect(s.lr).toBe(0.05);
    expect(s.step(100)).toBe(false);
  });
  it("the simulation is deterministic and steps the rate down on plateaus", () => {
    const o = { factor: 0.1, patience: 5, threshold: 1e-4, cooldown: 0, minLr: 0 };
    const a = simulatePlateau(0.1, 100, o, 0.02);
    expect(simulatePlateau(0.1, 100, o, 0.02)).toEqual(a);
    expect(a.reductions.length).toBeGreaterThan(0);
    expect(a.lr[a.lr.length - 1]).toBeLessThan(0.1);
    expect(a.lr.every((v, i) => i === 0 || v <= a.lr[i - 1]!)).toBe(true);
  });
});
