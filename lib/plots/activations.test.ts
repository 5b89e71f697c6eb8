import { describe, expect, it } from "vitest";
import { ACTIVATION_IDS, ACTIVATIONS, SELU_ALPHA, SELU_LAMBDA, defaultParams, erf, normalCdf, numericDerivative, resolveActivation, sampleActivation } from "./activations";

const f = (id: string, x: number, params?: Record<string, number>) => {
  const d = ACTIVATIONS.get(id)!;
  return d.f(x, params ?? defaultParams(d));
};

describe("activation reference values", () => {
  it("GELU(1) = 0.841345 (exact, erf)", () => expect(f("gelu", 1)).toBeCloseTo(0.841345, 6));
  it("SiLU(1) = 0.731059", () => expect(f("silu", 1)).toBeCloseTo(0.731059, 6));
  it("Mish(1) = 0.865098", () => expect(f("mish", 1)).toBeCloseTo(0.865098, 6));
  it("SELU's constants are the published λ and α", () => {
    expect(SELU_LAMBDA).toBe(1.0507009873554805);
    expect(SELU_ALPHA).toBe(1.6732632423543772);
    expect(f("selu", -1)).toBeCloseTo(SELU_LAMBDA * SELU_ALPHA * (Math.exp(-1) - 1), 12);
    expect(f("selu", 2)).toBeCloseTo(2 * 1.0507009873554805, 12);
  });
  it("GELU's tanh approximation: 0.841192 at 1, within 1e-3 of the exact form on [-5, 5]", () => {
    expect(f("gelu-tanh", 1)).toBeCloseTo(0.841192, 6);
    for (let x = -5; x <= 5; x += 0.25) expect(Math.abs(f("gelu-tanh", x) - f("gelu", x))).toBeLessThan(1e-3);
  });
  it("other known values", () => {
    expect(f("elu", -1)).toBeCloseTo(Math.exp(-1) - 1, 12);
    expect(f("leaky-relu", -2)).toBeCloseTo(-0.02, 12);
    expect(f("prelu", -2)).toBeCloseTo(-0.5, 12);
    expect(f("hardswish", 1)).toBeCloseTo(4 / 6, 12);
    expect(f("hardswish", -4)).toBe(-0);
    expect(f("softplus", 0)).toBeCloseTo(Math.LN2, 12);
    expect(f("softplus", 800)).toBe(800);
    expect(f("sigmoid", -800)).toBe(0);
    expect(f("softmax2", 0)).toBe(0.5);
    expect(f("silu", 1, { beta: 2 })).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(f("swiglu", 1, { a: 2 })).toBeCloseTo(2 * 0.7310585786300049, 12);
  });
  it("erf and Φ match tabulated values", () => {
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 12);
    expect(erf(2)).toBeCloseTo(0.9953222650189527, 12);
    expect(erf(-3.5)).toBeCloseTo(-0.9999992569016276, 9);
    expect(normalCdf(-6) / 9.865876450376946e-10).toBeCloseTo(1, 5);
  });
});

describe("derivatives", () => {
  it("every analytic f′ agrees with a finite difference away from kinks", () => {
    for (const id of ACTIVATION_IDS) {
      const def = ACTIVATIONS.get(id)!;
      const p = defaultParams(def);
      for (let x = -4.9; x <= 4.9; x += 0.37) {
        if (Math.abs(x) < 0.02 || Math.abs(Math.abs(x) - 3) < 0.02) continue;
        const numeric = numericDerivative((t) => def.f(t, p), x);
        expect(def.df(x, p), `${id} at ${x}`).toBeCloseTo(numeric, 5);
      }
    }
  });
  it("known derivatives: σ′(0) = 1/4, GELU′(0) = 1/2, ReLU′ is the step", () => {
    expect(ACTIVATIONS.get("sigmoid")!.df(0, {})).toBe(0.25);
    expect(ACTIVATIONS.get("gelu")!.df(0, {})).toBeCloseTo(0.5, 12);
    expect(ACTIVATIONS.get("relu")!.df(-1, {})).toBe(0);
    expect(ACTIVATIONS.get("relu")!.df(1, {})).toBe(1);
  });
});

describe("helpers", () => {
  it("resolves aliases used in MDX", () => {
    expect(resolveActivation("swish")).toBe("silu");
    expect(resolveActivation("Hard-Swish")).toBe("hardswish");
    expect(resolveActivation("nope")).toBeUndefined();
  });
  it("samples f and f′ at the given points", () => {
    const s = sampleActivation(ACTIVATIONS.get("relu")!, {}, [-1, 0.5]);
    expect(s).toEqual({ xs: [-1, 0.5], ys: [0, 0.5], dys: [0, 1] });
  });
});
