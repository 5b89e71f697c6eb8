/** Loss functions as curves of one variable, grouped in families the loss explorer plots together. */
import type { ParamSpec, Params } from "./activations";

export interface LossCurve {
  id: string;
  label: string;
  formula: string;
  f: (x: number, p: Params) => number;
}

export interface LossFamily {
  id: LossFamilyId;
  label: string;
  xLabel: string;
  yLabel: string;
  x: [number, number];
  params: ParamSpec[];
  curves: LossCurve[];
}

export const LOSS_FAMILY_IDS = ["regression", "classification", "margin", "angular", "overlap", "penalty", "divergence", "shift"] as const;
export type LossFamilyId = (typeof LOSS_FAMILY_IDS)[number];

const P = (key: string, label: string, min: number, max: number, step: number, value: number): ParamSpec => ({ key, label, min, max, step, value });
const v = (p: Params, k: string, d: number) => p[k] ?? d;
const xlogy = (x: number, y: number) => (x === 0 ? 0 : x * Math.log(y));

/** PyTorch HuberLoss: ½r² inside |r| ≤ δ, δ(|r| − ½δ) outside. */
export const huber = (r: number, delta: number) => (Math.abs(r) <= delta ? 0.5 * r * r : delta * (Math.abs(r) - 0.5 * delta));
/** Focal loss for the true-class probability p: −(1 − p)^γ log p (α = 1). */
export const focal = (p: number, gamma: number) => -((1 - p) ** gamma) * Math.log(p);
/**
 * Cross-entropy with label smoothing ε over K classes (PyTorch's label_smoothing): the target is 1 − ε + ε/K on the
 * true class and ε/K elsewhere. The prediction puts p on the true class and spreads 1 − p evenly over the others.
 */
export function labelSmoothingCE(p: number, eps: number, K: number): number {
  const on = 1 - eps + eps / K;
  const off = eps / K;
  const q = (1 - p) / (K - 1);
  return -xlogy(on, p) - (K - 1) * xlogy(off, q);
}
/** KL(Bernoulli(p) ‖ Bernoulli(q)) in nats. */
export const klBernoulli = (p: number, q: number) => xlogy(p, p) - xlogy(p, q) + xlogy(1 - p, 1 - p) - xlogy(1 - p, 1 - q);
/** Jensen–Shannon divergence between Bernoulli(p) and Bernoulli(q), in nats. */
export const jsBernoulli = (p: number, q: number) => 0.5 * klBernoulli(p, (p + q) / 2) + 0.5 * klBernoulli(q, (p + q) / 2);

/**
 * Jensen–Shannon divergence (nats) between N(0, σ²) and N(θ, σ²). It depends only on d = |θ|/σ; computed by the
 * trapezoid rule on standardised units. Past d = 20 the overlap is below e^(−50) and JS is ln 2.
 */
export function jsShiftedGaussians(theta: number, sigma: number): number {
  const d = Math.abs(theta) / sigma;
  if (d === 0) return 0;
  if (d > 20) return Math.LN2;
  const h = 0.02;
  const c = 1 / Math.sqrt(2 * Math.PI);
  let sum = 0;
  const steps = Math.ceil((d + 16) / h);
  for (let k = 0; k <= steps; k++) {
    const x = -8 + k * h;
    const p = c * Math.exp(-0.5 * x * x);
    const q = c * Math.exp(-0.5 * (x - d) * (x - d));
    const m = 0.5 * (p + q);
    const v = 0.5 * (p > 0 ? p * Math.log(p / m) : 0) + 0.5 * (q > 0 ? q * Math.log(q / m) : 0);
    sum += k === 0 || k === steps ? v / 2 : v;
  }
  return Math.min(Math.LN2, sum * h);
}

/** IoU, GIoU and Dice of two 1-D boxes of length 1 whose starts are `s` apart. */
export function boxOverlap(s: number): { iou: number; giou: number; dice: number } {
  const d = Math.abs(s);
  const inter = Math.max(0, 1 - d);
  const union = 2 - inter;
  const hull = 1 + d;
  const iou = inter / union;
  return { iou, giou: iou - (hull - union) / hull, dice: (2 * inter) / 2 };
}

/** ArcFace's target logit cos(θ + m), with insightface's fallback cos θ − m·sin m once θ > π − m. */
export function arcface(theta: number, m: number): number {
  const c = Math.cos(theta);
  return c > Math.cos(Math.PI - m) ? Math.cos(theta + m) : c - Math.sin(Math.PI - m) * m;
}
/** SphereFace's ψ(θ) = (−1)^k cos(mθ) − 2k for θ in [kπ/m, (k + 1)π/m]: monotonic in θ. */
export function sphereface(theta: number, m: number): number {
  const k = Math.min(m - 1, Math.floor((theta * m) / Math.PI));
  return (-1) ** k * Math.cos(m * theta) - 2 * k;
}

const families: LossFamily[] = [
  {
    id: "regression",
    label: "Regression: MSE, MAE, Huber",
    xLabel: "residual r = prediction − target",
    yLabel: "loss",
    x: [-3, 3],
    params: [P("delta", "Huber δ", 0.1, 3, 0.05, 1)],
    curves: [
      { id: "mse", label: "MSE", formula: "r²", f: (r) => r * r },
      { id: "mae", label: "MAE (L1)", formula: "|r|", f: (r) => Math.abs(r) },
      { id: "huber", label: "Huber", formula: "½r² if |r| ≤ δ, else δ(|r| − ½δ)", f: (r, p) => huber(r, v(p, "delta", 1)) },
    ],
  },
  {
    id: "classification",
    label: "Classification: cross-entropy, focal, label smoothing",
    xLabel: "p = predicted probability of the true class",
    yLabel: "loss",
    x: [0.005, 0.999],
    params: [P("gamma", "focal γ", 0, 5, 0.1, 2), P("eps", "smoothing ε", 0, 0.5, 0.01, 0.1), P("K", "classes K", 2, 100, 1, 10)],
    curves: [
      { id: "ce", label: "Cross-entropy (= BCE for a positive label)", formula: "−log p", f: (p) => -Math.log(p) },
      { id: "focal", label: "Focal", formula: "−(1 − p)^γ log p", f: (p, q) => focal(p, v(q, "gamma", 2)) },
      { id: "smooth", label: "Label smoothing", formula: "−(1 − ε + ε/K) log p − (K − 1)(ε/K) log((1 − p)/(K − 1))", f: (p, q) => labelSmoothingCE(p, v(q, "eps", 0.1), v(q, "K", 10)) },
    ],
  },
  {
    id: "margin",
    label: "Margins: hinge, triplet, contrastive",
    xLabel: "x: score y·s (hinge), gap d⁻ − d⁺ (triplet), distance d (contrastive)",
    yLabel: "loss",
    x: [-1.5, 3],
    params: [P("m", "margin m", 0, 2.5, 0.05, 1)],
    curves: [
      { id: "hinge", label: "Hinge (SVM, margin 1)", formula: "max(0, 1 − y·s)", f: (x) => Math.max(0, 1 - x) },
      { id: "triplet", label: "Triplet", formula: "max(0, d⁺ − d⁻ + m) = max(0, m − x)", f: (x, p) => Math.max(0, v(p, "m", 1) - x) },
      { id: "contrastive-neg", label: "Contrastive, dissimilar pair", formula: "½ max(0, m − d)², d ≥ 0", f: (d, p) => (d < 0 ? NaN : 0.5 * Math.max(0, v(p, "m", 1) - d) ** 2) },
      { id: "contrastive-pos", label: "Contrastive, similar pair", formula: "½ d², d ≥ 0", f: (d) => (d < 0 ? NaN : 0.5 * d * d) },
    ],
  },
  {
    id: "angular",
    label: "Angular margins: ArcFace, CosFace, SphereFace",
    xLabel: "θ = angle between feature and class centre (degrees)",
    yLabel: "target logit / s",
    x: [0, 180],
    params: [P("arc", "ArcFace m (radians)", 0, 1, 0.01, 0.5), P("cos", "CosFace m", 0, 0.8, 0.01, 0.35), P("sphere", "SphereFace m", 1, 4, 1, 4)],
    curves: [
      { id: "softmax", label: "Softmax (no margin)", formula: "cos θ", f: (deg) => Math.cos((deg * Math.PI) / 180) },
      { id: "arcface", label: "ArcFace", formula: "cos(θ + m)", f: (deg, p) => arcface((deg * Math.PI) / 180, v(p, "arc", 0.5)) },
      { id: "cosface", label: "CosFace", formula: "cos θ − m", f: (deg, p) => Math.cos((deg * Math.PI) / 180) - v(p, "cos", 0.35) },
      { id: "sphereface", label: "SphereFace", formula: "ψ(θ) = (−1)^k cos(mθ) − 2k", f: (deg, p) => sphereface((deg * Math.PI) / 180, Math.round(v(p, "sphere", 4))) },
    ],
  },
  {
    id: "overlap",
    label: "Overlap: IoU, GIoU and Dice losses",
    xLabel: "offset s between two boxes of length 1 (1-D)",
    yLabel: "loss",
    x: [0, 3],
    params: [],
    curves: [
      { id: "iou", label: "IoU loss", formula: "1 − |A∩B| / |A∪B|", f: (s) => 1 - boxOverlap(s).iou },
      { id: "giou", label: "GIoU loss", formula: "1 − IoU + |C \\ (A∪B)| / |C|, C the enclosing box", f: (s) => 1 - boxOverlap(s).giou },
      { id: "dice", label: "Dice loss", formula: "1 − 2|A∩B| / (|A| + |B|)", f: (s) => 1 - boxOverlap(s).dice },
    ],
  },
  {
    id: "penalty",
    label: "Weight penalties: L1, L2, elastic net",
    xLabel: "weight w",
    yLabel: "penalty",
    x: [-2, 2],
    params: [P("lambda", "strength λ", 0, 2, 0.05, 1), P("alpha", "elastic-net mix α", 0, 1, 0.05, 0.5)],
    curves: [
      { id: "l1", label: "L1", formula: "λ|w|", f: (w, p) => v(p, "lambda", 1) * Math.abs(w) },
      { id: "l2", label: "L2 (weight decay)", formula: "(λ/2) w²", f: (w, p) => 0.5 * v(p, "lambda", 1) * w * w },
      { id: "elastic", label: "Elastic net", formula: "λ(α|w| + (1 − α) w²/2)", f: (w, p) => v(p, "lambda", 1) * (v(p, "alpha", 0.5) * Math.abs(w) + (1 - v(p, "alpha", 0.5)) * 0.5 * w * w) },
    ],
  },
  {
    id: "divergence",
    label: "Divergences between Bernoulli(p) and Bernoulli(q)",
    xLabel: "q",
    yLabel: "divergence (nats)",
    x: [0.002, 0.998],
    params: [P("p", "p", 0.01, 0.99, 0.01, 0.3)],
    curves: [
      { id: "kl", label: "KL(P ‖ Q)", formula: "p log(p/q) + (1 − p) log((1 − p)/(1 − q))", f: (q, p) => klBernoulli(v(p, "p", 0.3), q) },
      { id: "kl-reverse", label: "KL(Q ‖ P)", formula: "q log(q/p) + (1 − q) log((1 − q)/(1 − p))", f: (q, p) => klBernoulli(q, v(p, "p", 0.3)) },
      { id: "js", label: "Jensen–Shannon", formula: "½KL(P ‖ M) + ½KL(Q ‖ M), M = (P + Q)/2", f: (q, p) => jsBernoulli(v(p, "p", 0.3), q) },
      { id: "w1", label: "Wasserstein-1", formula: "|p − q| (outcomes 0 and 1 one unit apart)", f: (q, p) => Math.abs(v(p, "p", 0.3) - q) },
    ],
  },
  {
    id: "shift",
    label: "Distance between N(0, σ²) and the same distribution shifted by θ",
    xLabel: "shift θ",
    yLabel: "distance / divergence",
    x: [-3, 3],
    params: [P("sigma", "width σ (σ → 0: disjoint point masses)", 0.02, 2, 0.01, 0.5)],
    curves: [
      { id: "w1", label: "Wasserstein-1", formula: "|θ| (mass moved a distance |θ|)", f: (t) => Math.abs(t) },
      { id: "kl", label: "KL", formula: "θ² / (2σ²)", f: (t, p) => (t * t) / (2 * v(p, "sigma", 0.5) ** 2) },
      { id: "js", label: "Jensen–Shannon", formula: "½KL(P ‖ M) + ½KL(Q ‖ M), saturates at ln 2", f: (t, p) => jsShiftedGaussians(t, v(p, "sigma", 0.5)) },
    ],
  },
];

export const LOSS_FAMILIES: Record<LossFamilyId, LossFamily> = Object.fromEntries(families.map((f) => [f.id, f])) as Record<LossFamilyId, LossFamily>;

export function resolveLossFamily(name: string): LossFamilyId | undefined {
  const k = name.trim().toLowerCase();
  return (LOSS_FAMILY_IDS as readonly string[]).includes(k) ? (k as LossFamilyId) : undefined;
}

/** Numerical derivative of a curve (central difference; at kinks it reports the mean of the two slopes). */
export function curveSlope(c: LossCurve, x: number, p: Params, h = 1e-5): number {
  return (c.f(x + h, p) - c.f(x - h, p)) / (2 * h);
}
