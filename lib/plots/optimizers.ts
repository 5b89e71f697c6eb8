/**
 * Optimizers stepping on a 2-D parameter (x, y), with PyTorch's update rules and default hyperparameters
 * unless noted. Each `create()` returns a fresh stateful step function; `runOptimizer` records a trajectory.
 */
import { SURFACES, type Surface, type SurfaceId, type Vec2 } from "./surfaces";

export interface StepContext {
  lr: number;
  /** Weight decay λ: coupled (added to the gradient) or decoupled, as each optimizer defines it. */
  wd: number;
  /** 1-based step number. */
  t: number;
  /** The (clipped) gradient anywhere: SAM evaluates it at a perturbed point. */
  grad: (p: Vec2) => Vec2;
  hessDiag: (p: Vec2) => Vec2;
}
export type Stepper = (p: Vec2, g: Vec2, c: StepContext) => Vec2;

export interface OptimizerDef {
  id: OptimizerId;
  label: string;
  /** Hyperparameters used, in words. */
  hyper: string;
  /** How weight decay is applied. */
  decay: "coupled (L2 in the gradient)" | "decoupled" | "in the update";
  /** Default learning rate per surface (the race's slider multiplies it). */
  lr: Record<SurfaceId, number>;
  create: () => Stepper;
}

export const OPTIMIZER_IDS = [
  "sgd",
  "momentum",
  "nesterov",
  "adagrad",
  "rmsprop",
  "adadelta",
  "adam",
  "adamw",
  "lion",
  "adan",
  "lamb",
  "lars",
  "novograd",
  "adafactor",
  "sophia",
  "sam",
  "lookahead",
] as const;
export type OptimizerId = (typeof OPTIMIZER_IDS)[number];

const norm = (v: Vec2) => Math.hypot(v[0], v[1]);
const map2 = (f: (k: 0 | 1) => number): Vec2 => [f(0), f(1)];
const addL2 = (g: Vec2, p: Vec2, wd: number): Vec2 => (wd ? [g[0] + wd * p[0], g[1] + wd * p[1]] : g);

function adamStepper(decoupled: boolean, b1 = 0.9, b2 = 0.999, eps = 1e-8): Stepper {
  const m: Vec2 = [0, 0];
  const v: Vec2 = [0, 0];
  return (p, g0, c) => {
    const q: Vec2 = decoupled ? [p[0] * (1 - c.lr * c.wd), p[1] * (1 - c.lr * c.wd)] : p;
    const g = decoupled ? g0 : addL2(g0, p, c.wd);
    const bc1 = 1 - b1 ** c.t;
    const bc2 = 1 - b2 ** c.t;
    return map2((k) => {
      m[k] = b1 * m[k] + (1 - b1) * g[k];
      v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k];
      return q[k] - (c.lr * (m[k] / bc1)) / (Math.sqrt(v[k] / bc2) + eps);
    });
  };
}

function momentumStepper(nesterov: boolean, mu = 0.9): Stepper {
  const buf: Vec2 = [0, 0];
  return (p, g0, c) => {
    const g = addL2(g0, p, c.wd);
    return map2((k) => {
      buf[k] = c.t === 1 ? g[k] : mu * buf[k] + g[k];
      return p[k] - c.lr * (nesterov ? g[k] + mu * buf[k] : buf[k]);
    });
  };
}

const L = (rosenbrock: number, beale: number, saddle: number, quadratic: number): Record<SurfaceId, number> => ({ rosenbrock, beale, saddle, quadratic });

const defs: OptimizerDef[] = [
  {
    id: "sgd",
    label: "SGD",
    hyper: "plain gradient step",
    decay: "coupled (L2 in the gradient)",
    lr: L(0.001, 0.02, 0.01, 0.06),
    create: () => (p, g0, c) => {
      const g = addL2(g0, p, c.wd);
      return [p[0] - c.lr * g[0], p[1] - c.lr * g[1]];
    },
  },
  { id: "momentum", label: "Momentum", hyper: "μ = 0.9", decay: "coupled (L2 in the gradient)", lr: L(0.0008, 0.003, 0.005, 0.01), create: () => momentumStepper(false) },
  { id: "nesterov", label: "Nesterov", hyper: "μ = 0.9, nesterov=True", decay: "coupled (L2 in the gradient)", lr: L(0.0008, 0.003, 0.005, 0.01), create: () => momentumStepper(true) },
  {
    id: "adagrad",
    label: "Adagrad",
    hyper: "ε = 1e-10",
    decay: "coupled (L2 in the gradient)",
    lr: L(0.5, 1, 0.1, 0.3),
    create: () => {
      const sum: Vec2 = [0, 0];
      return (p, g0, c) => {
        const g = addL2(g0, p, c.wd);
        return map2((k) => {
          sum[k] += g[k] * g[k];
          return p[k] - (c.lr * g[k]) / (Math.sqrt(sum[k]) + 1e-10);
        });
      };
    },
  },
  {
    id: "rmsprop",
    label: "RMSprop",
    hyper: "α = 0.99, ε = 1e-8",
    decay: "coupled (L2 in the gradient)",
    lr: L(0.01, 0.03, 0.01, 0.02),
    create: () => {
      const v: Vec2 = [0, 0];
      return (p, g0, c) => {
        const g = addL2(g0, p, c.wd);
        return map2((k) => {
          v[k] = 0.99 * v[k] + 0.01 * g[k] * g[k];
          return p[k] - (c.lr * g[k]) / (Math.sqrt(v[k]) + 1e-8);
        });
      };
    },
  },
  {
    id: "adadelta",
    label: "Adadelta",
    hyper: "ρ = 0.9, ε = 1e-6",
    decay: "coupled (L2 in the gradient)",
    lr: L(10, 10, 10, 10),
    create: () => {
      const v: Vec2 = [0, 0];
      const u: Vec2 = [0, 0];
      return (p, g0, c) => {
        const g = addL2(g0, p, c.wd);
        return map2((k) => {
          v[k] = 0.9 * v[k] + 0.1 * g[k] * g[k];
          const delta = (Math.sqrt(u[k] + 1e-6) / Math.sqrt(v[k] + 1e-6)) * g[k];
          u[k] = 0.9 * u[k] + 0.1 * delta * delta;
          return p[k] - c.lr * delta;
        });
      };
    },
  },
  { id: "adam", label: "Adam", hyper: "β = (0.9, 0.999), ε = 1e-8", decay: "coupled (L2 in the gradient)", lr: L(0.1, 0.1, 0.03, 0.05), create: () => adamStepper(false) },
  { id: "adamw", label: "AdamW", hyper: "β = (0.9, 0.999), ε = 1e-8", decay: "decoupled", lr: L(0.1, 0.1, 0.03, 0.05), create: () => adamStepper(true) },
  {
    id: "lion",
    label: "Lion",
    hyper: "β = (0.9, 0.99), sign update",
    decay: "decoupled",
    lr: L(0.02, 0.02, 0.01, 0.02),
    create: () => {
      const m: Vec2 = [0, 0];
      return (p, g, c) =>
        map2((k) => {
          const u = Math.sign(0.9 * m[k] + 0.1 * g[k]);
          m[k] = 0.99 * m[k] + 0.01 * g[k];
          return p[k] * (1 - c.lr * c.wd) - c.lr * u;
        });
    },
  },
  {
    id: "adan",
    label: "Adan",
    hyper: "β = (0.98, 0.92, 0.99) as in the official code, ε = 1e-8",
    decay: "decoupled",
    lr: L(0.3, 0.3, 0.03, 0.05),
    create: () => {
      const m: Vec2 = [0, 0];
      const d: Vec2 = [0, 0];
      const n: Vec2 = [0, 0];
      let prev: Vec2 | null = null;
      const [b1, b2, b3] = [0.98, 0.92, 0.99];
      return (p, g, c) => {
        const pg = prev ?? g;
        prev = g;
        const bc1 = 1 - b1 ** c.t;
        const bc2 = 1 - b2 ** c.t;
        const bc3 = 1 - b3 ** c.t;
        return map2((k) => {
          const diff = g[k] - pg[k];
          const upd = g[k] + b2 * diff;
          m[k] = b1 * m[k] + (1 - b1) * g[k];
          d[k] = b2 * d[k] + (1 - b2) * diff;
          n[k] = b3 * n[k] + (1 - b3) * upd * upd;
          const denom = Math.sqrt(n[k]) / Math.sqrt(bc3) + 1e-8;
          const step = (m[k] / bc1 + (b2 * d[k]) / bc2) / denom;
          return (p[k] - c.lr * step) / (1 + c.lr * c.wd);
        });
      };
    },
  },
  {
    id: "lamb",
    label: "LAMB",
    hyper: "Adam moments, β = (0.9, 0.999), ε = 1e-6, trust ratio ‖θ‖/‖r‖ over the whole (x, y) layer",
    decay: "in the update",
    lr: L(0.02, 0.02, 0.02, 0.03),
    create: () => {
      const m: Vec2 = [0, 0];
      const v: Vec2 = [0, 0];
      return (p, g, c) => {
        const bc1 = 1 - 0.9 ** c.t;
        const bc2 = 1 - 0.999 ** c.t;
        const r = map2((k) => {
          m[k] = 0.9 * m[k] + 0.1 * g[k];
          v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k];
          return m[k] / bc1 / (Math.sqrt(v[k] / bc2) + 1e-6) + c.wd * p[k];
        });
        const wn = norm(p);
        const rn = norm(r);
        const trust = wn > 0 && rn > 0 ? wn / rn : 1;
        return map2((k) => p[k] - c.lr * trust * r[k]);
      };
    },
  },
  {
    id: "lars",
    label: "LARS",
    hyper: "momentum 0.9, trust coefficient η = 0.001, local lr η‖θ‖ / (‖g‖ + λ‖θ‖)",
    decay: "in the update",
    lr: L(15, 15, 5, 20),
    create: () => {
      const v: Vec2 = [0, 0];
      return (p, g, c) => {
        const wn = norm(p);
        const gn = norm(g);
        const local = wn > 0 && gn > 0 ? (0.001 * wn) / (gn + c.wd * wn) : 1;
        return map2((k) => {
          v[k] = 0.9 * v[k] + c.lr * local * (g[k] + c.wd * p[k]);
          return p[k] - v[k];
        });
      };
    },
  },
  {
    id: "novograd",
    label: "NovoGrad",
    hyper: "β = (0.95, 0.98), second moment of the layer's gradient norm",
    decay: "in the update",
    lr: L(0.02, 0.02, 0.01, 0.01),
    create: () => {
      const m: Vec2 = [0, 0];
      let v = 0;
      return (p, g, c) => {
        const g2 = g[0] * g[0] + g[1] * g[1];
        v = c.t === 1 ? g2 : 0.98 * v + 0.02 * g2;
        const s = Math.sqrt(v) + 1e-8;
        return map2((k) => {
          const u = g[k] / s + c.wd * p[k];
          m[k] = c.t === 1 ? u : 0.95 * m[k] + u;
          return p[k] - c.lr * m[k];
        });
      };
    },
  },
  {
    id: "adafactor",
    label: "Adafactor",
    hyper: "no momentum, β₂ₜ = 1 − t^(−0.8), update clipping d = 1, explicit lr (relative_step=False); a 2-vector is not factored",
    decay: "decoupled",
    lr: L(0.05, 0.05, 0.02, 0.03),
    create: () => {
      const v: Vec2 = [0, 0];
      return (p, g, c) => {
        const b2t = 1 - c.t ** -0.8;
        const u = map2((k) => {
          v[k] = b2t * v[k] + (1 - b2t) * (g[k] * g[k] + 1e-30);
          return g[k] / Math.sqrt(v[k]);
        });
        const rms = Math.sqrt((u[0] * u[0] + u[1] * u[1]) / 2);
        const scale = Math.max(1, rms);
        return map2((k) => p[k] - c.lr * c.wd * p[k] - (c.lr * u[k]) / scale);
      };
    },
  },
  {
    id: "sophia",
    label: "Sophia",
    hyper: "β = (0.965, 0.99), γ = 0.01, exact Hessian diagonal refreshed every k = 10 steps, per-coordinate clip to 1",
    decay: "decoupled",
    lr: L(0.03, 0.03, 0.02, 0.02),
    create: () => {
      const m: Vec2 = [0, 0];
      const h: Vec2 = [0, 0];
      return (p, g, c) => {
        if ((c.t - 1) % 10 === 0) {
          const est = c.hessDiag(p);
          h[0] = 0.99 * h[0] + 0.01 * est[0];
          h[1] = 0.99 * h[1] + 0.01 * est[1];
        }
        return map2((k) => {
          m[k] = 0.965 * m[k] + 0.035 * g[k];
          const ratio = Math.max(-1, Math.min(1, m[k] / Math.max(0.01 * h[k], 1e-12)));
          return p[k] * (1 - c.lr * c.wd) - c.lr * ratio;
        });
      };
    },
  },
  {
    id: "sam",
    label: "SAM",
    hyper: "ρ = 0.05, base optimizer SGD: the gradient is taken at θ + ρ·g/‖g‖",
    decay: "coupled (L2 in the gradient)",
    lr: L(0.001, 0.02, 0.01, 0.06),
    create: () => (p, g, c) => {
      const gn = norm(g);
      const e: Vec2 = gn > 0 ? [(0.05 * g[0]) / gn, (0.05 * g[1]) / gn] : [0, 0];
      const g2 = addL2(c.grad([p[0] + e[0], p[1] + e[1]]), p, c.wd);
      return [p[0] - c.lr * g2[0], p[1] - c.lr * g2[1]];
    },
  },
  {
    id: "lookahead",
    label: "Lookahead (Adam)",
    hyper: "k = 5 fast Adam steps, then slow weights move α = 0.5 of the way",
    decay: "coupled (L2 in the gradient)",
    lr: L(0.1, 0.1, 0.03, 0.05),
    create: () => {
      const inner = adamStepper(false);
      let slow: Vec2 | null = null;
      return (p, g, c) => {
        if (!slow) slow = [p[0], p[1]];
        const fast = inner(p, g, c);
        if (c.t % 5 !== 0) return fast;
        const s: Vec2 = [slow[0] + 0.5 * (fast[0] - slow[0]), slow[1] + 0.5 * (fast[1] - slow[1])];
        slow = s;
        return [s[0], s[1]];
      };
    },
  },
];

export const OPTIMIZERS: Record<OptimizerId, OptimizerDef> = Object.fromEntries(defs.map((d) => [d.id, d])) as Record<OptimizerId, OptimizerDef>;

export function resolveOptimizer(name: string): OptimizerId | undefined {
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, "-");
  const alias: Record<string, OptimizerId> = { "sgd-momentum": "momentum", "heavy-ball": "momentum", nag: "nesterov", "sgd-nesterov": "nesterov", ranger: "lookahead" };
  if ((OPTIMIZER_IDS as readonly string[]).includes(key)) return key as OptimizerId;
  return alias[key];
}

export type ClipMode = "none" | "norm" | "value";

/** Gradient clipping as clip_grad_norm_ (scale to norm ≤ c) or clip_grad_value_ (clamp each entry to [−c, c]). */
export function clipGradient(g: Vec2, mode: ClipMode, c: number): Vec2 {
  if (mode === "norm") {
    const n = norm(g);
    return n > c && n > 0 ? [(g[0] * c) / n, (g[1] * c) / n] : g;
  }
  if (mode === "value") return [Math.max(-c, Math.min(c, g[0])), Math.max(-c, Math.min(c, g[1]))];
  return g;
}

export interface RunOptions {
  steps: number;
  /** Multiplies the optimizer's default learning rate for the surface. */
  lrScale: number;
  weightDecay: number;
  clip: ClipMode;
  clipValue: number;
}

export interface Trajectory {
  id: OptimizerId;
  lr: number;
  /** Positions: points[2t], points[2t + 1] after t steps; `length` points were recorded. */
  points: Float64Array;
  length: number;
  /** The run stopped early because the parameters blew up (non-finite or beyond 1e4). */
  diverged: boolean;
}

/** Runs an optimizer from the surface's start for `steps` steps (fewer if it diverges). */
export function runOptimizer(surface: Surface, id: OptimizerId, o: RunOptions, start: Vec2 = surface.start): Trajectory {
  const def = OPTIMIZERS[id];
  const lr = def.lr[surface.id] * o.lrScale;
  const step = def.create();
  const grad = (p: Vec2) => clipGradient(surface.grad(p[0], p[1]), o.clip, o.clipValue);
  const hessDiag = (p: Vec2) => surface.hessDiag(p[0], p[1]);
  const points = new Float64Array(2 * (o.steps + 1));
  let p: Vec2 = [start[0], start[1]];
  points[0] = p[0];
  points[1] = p[1];
  let length = 1;
  let diverged = false;
  for (let t = 1; t <= o.steps; t++) {
    const next = step(p, grad(p), { lr, wd: o.weightDecay, t, grad, hessDiag });
    if (!Number.isFinite(next[0]) || !Number.isFinite(next[1]) || Math.abs(next[0]) > 1e4 || Math.abs(next[1]) > 1e4) {
      diverged = true;
      break;
    }
    p = next;
    points[2 * t] = p[0];
    points[2 * t + 1] = p[1];
    length++;
  }
  return { id, lr, points, length, diverged };
}

export { SURFACES };
