import { describe, expect, it } from "vitest";
import { OPTIMIZER_IDS, OPTIMIZERS, clipGradient, resolveOptimizer, runOptimizer, type OptimizerId } from "./optimizers";
import { SURFACES, SURFACE_IDS, type Surface, type Vec2 } from "./surfaces";

/** f(x, y) = x² + y², started at (1, 1). */
const bowl: Surface = {
  ...SURFACES.quadratic,
  f: (x, y) => x * x + y * y,
  grad: (x, y) => [2 * x, 2 * y],
  hessDiag: () => [2, 2],
  start: [1, 1],
};

/** Two steps with a given learning rate (the run's lrScale is relative to the optimizer's default). */
function twoSteps(id: OptimizerId, lr: number, weightDecay = 0): [Vec2, Vec2] {
  const base = OPTIMIZERS[id].lr[bowl.id];
  const tr = runOptimizer(bowl, id, { steps: 2, lrScale: lr / base, weightDecay, clip: "none", clipValue: 1 });
  return [
    [tr.points[2]!, tr.points[3]!],
    [tr.points[4]!, tr.points[5]!],
  ];
}

describe("first two steps on x² + y² from (1, 1), computed by hand", () => {
  it("SGD, lr 0.1: 1 − 0.1·2 = 0.8, then 0.8 − 0.1·1.6 = 0.64", () => {
    const [a, b] = twoSteps("sgd", 0.1);
    expect(a[0]).toBeCloseTo(0.8, 12);
    expect(b[1]).toBeCloseTo(0.64, 12);
  });
  it("momentum 0.9, lr 0.1: buf = 2 → 0.8; buf = 0.9·2 + 1.6 = 3.4 → 0.46", () => {
    const [a, b] = twoSteps("momentum", 0.1);
    expect(a[0]).toBeCloseTo(0.8, 12);
    expect(b[0]).toBeCloseTo(0.46, 12);
  });
  it("Nesterov, lr 0.1: 1 − 0.1(2 + 0.9·2) = 0.62; buf = 1.8 + 1.24 = 3.04 → 0.62 − 0.1(1.24 + 2.736) = 0.2224", () => {
    const [a, b] = twoSteps("nesterov", 0.1);
    expect(a[0]).toBeCloseTo(0.62, 12);
    expect(b[0]).toBeCloseTo(0.2224, 12);
  });
  it("Adagrad, lr 0.1: 1 − 0.1·2/2 = 0.9; then 0.9 − 0.1·1.8/√7.24 = 0.833104", () => {
    const [a, b] = twoSteps("adagrad", 0.1);
    expect(a[0]).toBeCloseTo(0.9, 9);
    expect(b[0]).toBeCloseTo(0.9 - 0.18 / Math.sqrt(7.24), 9);
    expect(b[0]).toBeCloseTo(0.833104, 6);
  });
  it("RMSprop, lr 0.01: v = 0.04 → 0.9; v = 0.0396 + 0.0324 = 0.072 → 0.9 − 0.018/√0.072 = 0.832918", () => {
    const [a, b] = twoSteps("rmsprop", 0.01);
    expect(a[0]).toBeCloseTo(0.9, 7);
    expect(b[0]).toBeCloseTo(0.832918, 6);
  });
  it("Adadelta, lr 1: v = 0.4, Δ = √1e-6/√(0.4 + 1e-6)·2 = 0.0031623 → 0.9968377", () => {
    const [a] = twoSteps("adadelta", 1);
    expect(a[0]).toBeCloseTo(1 - (Math.sqrt(1e-6) / Math.sqrt(0.4 + 1e-6)) * 2, 12);
    expect(a[0]).toBeCloseTo(0.9968377, 7);
  });
  it("Adam, lr 0.1: m̂ = 2, v̂ = 4 → 0.9; m = 0.36, v = 0.007236 → m̂ = 1.894737, v̂ = 3.619810 → 0.800412", () => {
    const [a, b] = twoSteps("adam", 0.1);
    expect(a[0]).toBeCloseTo(0.9, 7);
    expect(a[1]).toBeCloseTo(0.9, 7);
    const mHat = 0.36 / (1 - 0.9 ** 2);
    const vHat = 0.007236 / (1 - 0.999 ** 2);
    expect(b[0]).toBeCloseTo(0.9 - (0.1 * mHat) / (Math.sqrt(vHat) + 1e-8), 8);
    expect(b[0]).toBeCloseTo(0.800412, 6);
  });
  it("AdamW decays the weights before the Adam step: 1·(1 − 0.1·0.1) − 0.1 = 0.89", () => {
    const [a] = twoSteps("adamw", 0.1, 0.1);
    expect(a[0]).toBeCloseTo(0.89, 7);
    const [b] = twoSteps("adamw", 0.1, 0);
    expect(b[0]).toBeCloseTo(twoSteps("adam", 0.1)[0][0], 12);
  });
  it("Adam's weight decay is an L2 term in the gradient: g = 2 + 0.1 → still a 0.1 first step, unlike AdamW", () => {
    const [a] = twoSteps("adam", 0.1, 0.1);
    expect(a[0]).toBeCloseTo(0.9, 7);
  });
  it("Lion, lr 0.1: sign steps of 0.1: 0.9, then 0.8", () => {
    const [a, b] = twoSteps("lion", 0.1);
    expect(a[0]).toBeCloseTo(0.9, 12);
    expect(b[0]).toBeCloseTo(0.8, 12);
  });
  it("Adafactor's first step is lr·sign(g) (β₂₁ = 0, RMS-clipped update)", () => {
    const [a] = twoSteps("adafactor", 0.1);
    expect(a[0]).toBeCloseTo(0.9, 9);
  });
  it("LAMB's first step moves by lr·‖θ‖ in the Adam direction", () => {
    const [a] = twoSteps("lamb", 0.1);
    // r ≈ (1, 1), trust ratio ‖θ‖/‖r‖ ≈ 1, so θ ≈ 1 − 0.1
    expect(a[0]).toBeCloseTo(0.9, 5);
  });
  it("SAM takes the gradient at θ + ρ·g/‖g‖: 1 − 0.1·2(1 + 0.05/√2)", () => {
    const [a] = twoSteps("sam", 0.1);
    expect(a[0]).toBeCloseTo(1 - 0.1 * 2 * (1 + 0.05 / Math.SQRT2), 12);
  });
});

describe("surfaces", () => {
  it("analytic gradients and Hessian diagonals match finite differences", () => {
    const h = 1e-5;
    for (const id of SURFACE_IDS) {
      const s = SURFACES[id];
      for (const [x, y] of [
        [0.3, -0.7],
        [-1.2, 1.1],
        [1.7, 0.4],
      ] as const) {
        const g = s.grad(x, y);
        expect(g[0], id).toBeCloseTo((s.f(x + h, y) - s.f(x - h, y)) / (2 * h), 3);
        expect(g[1], id).toBeCloseTo((s.f(x, y + h) - s.f(x, y - h)) / (2 * h), 3);
        const H = s.hessDiag(x, y);
        expect(H[0], id).toBeCloseTo((s.grad(x + h, y)[0] - s.grad(x - h, y)[0]) / (2 * h), 3);
        expect(H[1], id).toBeCloseTo((s.grad(x, y + h)[1] - s.grad(x, y - h)[1]) / (2 * h), 3);
      }
      if (s.minimum) expect(s.f(...s.minimum)).toBeCloseTo(0, 12);
    }
  });
});

describe("runs", () => {
  const run = (id: OptimizerId, surface: Surface, lrScale = 1) => runOptimizer(surface, id, { steps: 400, lrScale, weightDecay: 0, clip: "none", clipValue: 1 });
  it("every optimizer gets close to the minimum of the ill-conditioned quadratic with its default rate", () => {
    for (const id of OPTIMIZER_IDS) {
      if (id === "sam") continue; // SAM hovers at distance ~ρ around a sharp minimum
      const tr = run(id, SURFACES.quadratic);
      const n = tr.length - 1;
      expect(SURFACES.quadratic.f(tr.points[2 * n]!, tr.points[2 * n + 1]!), id).toBeLessThan(0.1); // from 19.6 at the start
    }
  });
  it("reports divergence and stops recording", () => {
    const tr = run("sgd", SURFACES.quadratic, 2);
    expect(tr.diverged).toBe(true);
    expect(tr.length).toBeLessThan(401);
  });
  it("Adam escapes the saddle faster than SGD", () => {
    const escape = (id: OptimizerId) => {
      const tr = run(id, SURFACES.saddle);
      for (let t = 0; t < tr.length; t++) if (Math.abs(tr.points[2 * t + 1]!) > 1) return t;
      return Infinity;
    };
    expect(escape("adam")).toBeLessThan(escape("sgd"));
  });
  it("gradient clipping by norm keeps the direction; by value clamps each entry", () => {
    expect(clipGradient([3, 4], "norm", 1)).toEqual([0.6, 0.8]);
    expect(clipGradient([3, 0.5], "value", 1)).toEqual([1, 0.5]);
    expect(clipGradient([0.3, 0.4], "norm", 1)).toEqual([0.3, 0.4]);
  });
  it("clipping tames SGD that would otherwise diverge on Rosenbrock", () => {
    const o = { steps: 300, lrScale: 3, weightDecay: 0, clipValue: 5 };
    expect(runOptimizer(SURFACES.rosenbrock, "sgd", { ...o, clip: "none" }).diverged).toBe(true);
    expect(runOptimizer(SURFACES.rosenbrock, "sgd", { ...o, clip: "norm" }).diverged).toBe(false);
  });
  it("resolves names used in MDX", () => {
    expect(resolveOptimizer("AdamW")).toBe("adamw");
    expect(resolveOptimizer("sgd_momentum")).toBe("momentum");
    expect(resolveOptimizer("nope")).toBeUndefined();
  });
});
