/** Activation functions and their derivatives, as plotted by the activation explorer. Pure maths. */

export const SELU_LAMBDA = 1.0507009873554805;
export const SELU_ALPHA = 1.6732632423543772;
const SQRT2 = Math.SQRT2;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** erf(x): Maclaurin series for |x| < 3 (error < 1e-13), Numerical Recipes' erfc fit beyond (relative error < 1.2e-7). */
export function erf(x: number): number {
  const z = Math.abs(x);
  if (z < 3) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let n = 1; n < 200; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  return x > 0 ? 1 - erfcLarge(z) : erfcLarge(z) - 1;
}

function erfcLarge(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  return (
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    )
  );
}

/** Standard normal CDF Φ(x), accurate in the tails (uses erfc directly for x ≪ 0). */
export function normalCdf(x: number): number {
  const z = -x / SQRT2;
  if (z >= 3) return 0.5 * erfcLarge(z);
  return 0.5 * (1 - erf(z));
}
export const normalPdf = (x: number) => INV_SQRT_2PI * Math.exp(-0.5 * x * x);

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
/** log(1 + e^x) without overflow. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export interface ParamSpec {
  key: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
}
export type Params = Record<string, number>;

export interface ActivationDef {
  id: string;
  label: string;
  /** Plain-text formula, read by screen readers and shown in the legend. */
  formula: string;
  params: ParamSpec[];
  f: (x: number, p: Params) => number;
  df: (x: number, p: Params) => number;
}

const P = (key: string, label: string, min: number, max: number, step: number, value: number): ParamSpec => ({ key, label, min, max, step, value });
const num = (p: Params, k: string, fallback: number) => p[k] ?? fallback;

const gelu = (x: number) => x * normalCdf(x);
const dgelu = (x: number) => normalCdf(x) + x * normalPdf(x);
const silu = (x: number, b: number) => x * sigmoid(b * x);
const dsilu = (x: number, b: number) => {
  const s = sigmoid(b * x);
  return s + b * x * s * (1 - s);
};

const defs: ActivationDef[] = [
  { id: "relu", label: "ReLU", formula: "max(0, x)", params: [], f: (x) => Math.max(0, x), df: (x) => (x > 0 ? 1 : 0) },
  {
    id: "leaky-relu",
    label: "LeakyReLU",
    formula: "x if x ≥ 0, else slope·x",
    params: [P("slope", "negative slope", 0, 0.5, 0.01, 0.01)],
    f: (x, p) => (x >= 0 ? x : num(p, "slope", 0.01) * x),
    df: (x, p) => (x > 0 ? 1 : num(p, "slope", 0.01)),
  },
  {
    id: "prelu",
    label: "PReLU",
    formula: "x if x ≥ 0, else a·x (a learned, init 0.25)",
    params: [P("a", "learned slope a", 0, 1, 0.01, 0.25)],
    f: (x, p) => (x >= 0 ? x : num(p, "a", 0.25) * x),
    df: (x, p) => (x > 0 ? 1 : num(p, "a", 0.25)),
  },
  {
    id: "elu",
    label: "ELU",
    formula: "x if x > 0, else α(eˣ − 1)",
    params: [P("alpha", "α", 0.1, 3, 0.05, 1)],
    f: (x, p) => (x > 0 ? x : num(p, "alpha", 1) * Math.expm1(x)),
    df: (x, p) => (x > 0 ? 1 : num(p, "alpha", 1) * Math.exp(x)),
  },
  {
    id: "selu",
    label: "SELU",
    formula: "λ·(x if x > 0, else α(eˣ − 1)), λ ≈ 1.0507, α ≈ 1.6733",
    params: [],
    f: (x) => SELU_LAMBDA * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)),
    df: (x) => SELU_LAMBDA * (x > 0 ? 1 : SELU_ALPHA * Math.exp(x)),
  },
  { id: "gelu", label: "GELU", formula: "x·Φ(x) (exact, erf)", params: [], f: gelu, df: dgelu },
  {
    id: "gelu-tanh",
    label: "GELU (tanh approx.)",
    formula: "0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))",
    params: [],
    f: (x) => 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x ** 3))),
    df: (x) => {
      const t = Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x ** 3));
      return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * 0.044715 * x * x);
    },
  },
  {
    id: "silu",
    label: "SiLU / Swish",
    formula: "x·σ(βx) (SiLU is β = 1)",
    params: [P("beta", "β", 0.1, 5, 0.05, 1)],
    f: (x, p) => silu(x, num(p, "beta", 1)),
    df: (x, p) => dsilu(x, num(p, "beta", 1)),
  },
  {
    id: "mish",
    label: "Mish",
    formula: "x·tanh(softplus(x))",
    params: [],
    f: (x) => x * Math.tanh(softplus(x)),
    df: (x) => {
      const t = Math.tanh(softplus(x));
      return t + x * (1 - t * t) * sigmoid(x);
    },
  },
  { id: "sigmoid", label: "Sigmoid", formula: "σ(x) = 1 / (1 + e^(−x))", params: [], f: sigmoid, df: (x) => sigmoid(x) * (1 - sigmoid(x)) },
  { id: "tanh", label: "Tanh", formula: "tanh(x)", params: [], f: Math.tanh, df: (x) => 1 - Math.tanh(x) ** 2 },
  {
    id: "hardswish",
    label: "Hardswish",
    formula: "x·ReLU6(x + 3) / 6",
    params: [],
    f: (x) => (x * Math.min(6, Math.max(0, x + 3))) / 6,
    df: (x) => (x < -3 ? 0 : x > 3 ? 1 : (2 * x + 3) / 6),
  },
  {
    id: "softplus",
    label: "Softplus",
    formula: "(1/β)·log(1 + e^(βx))",
    params: [P("beta", "β", 0.2, 5, 0.1, 1)],
    f: (x, p) => softplus(num(p, "beta", 1) * x) / num(p, "beta", 1),
    df: (x, p) => sigmoid(num(p, "beta", 1) * x),
  },
  {
    id: "softmax2",
    label: "Softmax (2 classes)",
    formula: "softmax([x, 0] / T)₁ = σ(x / T): probability of the class with logit x against one with logit 0",
    params: [P("temperature", "temperature T", 0.1, 5, 0.05, 1)],
    f: (x, p) => sigmoid(x / num(p, "temperature", 1)),
    df: (x, p) => {
      const T = num(p, "temperature", 1);
      const s = sigmoid(x / T);
      return (s * (1 - s)) / T;
    },
  },
  {
    id: "glu",
    label: "GLU gate",
    formula: "a·σ(b), plotted over the gate input b with the value a fixed",
    params: [P("a", "value a", -2, 2, 0.05, 1)],
    f: (b, p) => num(p, "a", 1) * sigmoid(b),
    df: (b, p) => num(p, "a", 1) * sigmoid(b) * (1 - sigmoid(b)),
  },
  {
    id: "geglu",
    label: "GEGLU gate",
    formula: "a·GELU(b), plotted over the gate input b with the value a fixed",
    params: [P("a", "value a", -2, 2, 0.05, 1)],
    f: (b, p) => num(p, "a", 1) * gelu(b),
    df: (b, p) => num(p, "a", 1) * dgelu(b),
  },
  {
    id: "swiglu",
    label: "SwiGLU gate",
    formula: "a·Swish(b) = a·b·σ(b), plotted over the gate input b with the value a fixed",
    params: [P("a", "value a", -2, 2, 0.05, 1)],
    f: (b, p) => num(p, "a", 1) * silu(b, 1),
    df: (b, p) => num(p, "a", 1) * dsilu(b, 1),
  },
  {
    id: "reglu",
    label: "ReGLU gate",
    formula: "a·ReLU(b), plotted over the gate input b with the value a fixed",
    params: [P("a", "value a", -2, 2, 0.05, 1)],
    f: (b, p) => num(p, "a", 1) * Math.max(0, b),
    df: (b, p) => (b > 0 ? num(p, "a", 1) : 0),
  },
];

export const ACTIVATIONS: ReadonlyMap<string, ActivationDef> = new Map(defs.map((d) => [d.id, d]));
export const ACTIVATION_IDS: readonly string[] = defs.map((d) => d.id);

const ALIASES: Record<string, string> = {
  leakyrelu: "leaky-relu",
  leaky_relu: "leaky-relu",
  swish: "silu",
  "silu-swish": "silu",
  "hard-swish": "hardswish",
  hard_swish: "hardswish",
  gelu_tanh: "gelu-tanh",
  "gelu-approx": "gelu-tanh",
  softmax: "softmax2",
  logistic: "sigmoid",
};

/** The activation id for a name used in MDX (ids and a few aliases), or undefined. */
export function resolveActivation(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  if (ACTIVATIONS.has(key)) return key;
  const alias = ALIASES[key];
  return alias && ACTIVATIONS.has(alias) ? alias : undefined;
}

/** The default parameter values of an activation. */
export function defaultParams(def: ActivationDef): Params {
  return Object.fromEntries(def.params.map((p) => [p.key, p.value]));
}

export interface Sampled {
  xs: number[];
  ys: number[];
  dys: number[];
}

/** Samples f and f′ at the given xs. */
export function sampleActivation(def: ActivationDef, params: Params, xs: readonly number[]): Sampled {
  return { xs: [...xs], ys: xs.map((x) => def.f(x, params)), dys: xs.map((x) => def.df(x, params)) };
}

/** Central finite difference, used by the tests to check every analytic derivative. */
export function numericDerivative(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}
