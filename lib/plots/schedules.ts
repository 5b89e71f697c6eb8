/**
 * Learning-rate schedules, following PyTorch's definitions (torch.optim.lr_scheduler) step by step.
 * `t` is the scheduler's step count (last_epoch): the learning rate used by the t-th optimizer step.
 */
import { gaussian, mulberry32 } from "./scale";

/** StepLR: lr = base · γ^⌊t / step_size⌋. */
export function stepLR(t: number, base: number, stepSize: number, gamma: number): number {
  return base * gamma ** Math.floor(t / Math.max(1, stepSize));
}

/** CosineAnnealingLR, closed form: η_min + (η_base − η_min)(1 + cos(π t / T_max)) / 2 (periodic past T_max, as in PyTorch). */
export function cosineAnnealing(t: number, base: number, tMax: number, etaMin: number): number {
  return etaMin + ((base - etaMin) * (1 + Math.cos((Math.PI * t) / Math.max(1, tMax)))) / 2;
}

export interface OneCycleOptions {
  maxLr: number;
  totalSteps: number;
  pctStart: number;
  divFactor: number;
  finalDivFactor: number;
}

/** PyTorch's cosine annealing between two values: end + (start − end)/2 · (cos(π·pct) + 1). */
export const annealCos = (start: number, end: number, pct: number) => end + ((start - end) / 2) * (Math.cos(Math.PI * pct) + 1);

/**
 * OneCycleLR with anneal_strategy="cos", three_phase=False: from max_lr/div_factor up to max_lr until step
 * pct_start·total − 1, then down to initial_lr/final_div_factor at step total − 1.
 */
export function oneCycle(t: number, o: OneCycleOptions): number {
  const initial = o.maxLr / o.divFactor;
  const min = initial / o.finalDivFactor;
  const phases = [
    { end: o.pctStart * o.totalSteps - 1, from: initial, to: o.maxLr },
    { end: o.totalSteps - 1, from: o.maxLr, to: min },
  ];
  let start = 0;
  for (let i = 0; i < phases.length; i++) {
    const ph = phases[i]!;
    if (t <= ph.end || i === phases.length - 1) {
      const pct = (t - start) / (ph.end - start);
      return annealCos(ph.from, ph.to, pct);
    }
    start = ph.end;
  }
  return min;
}

export type DecayKind = "linear" | "cosine" | "constant";

/**
 * Linear warmup then decay, as Hugging Face's get_linear_schedule_with_warmup / get_cosine_schedule_with_warmup
 * (a LambdaLR): lr = base · t / warmup during warmup, then linear or half-cosine decay to 0 at `total`.
 */
export function warmupDecay(t: number, base: number, warmup: number, total: number, decay: DecayKind): number {
  if (t < warmup) return (base * t) / Math.max(1, warmup);
  if (decay === "constant") return base;
  const progress = (t - warmup) / Math.max(1, total - warmup);
  if (decay === "linear") return base * Math.max(0, (total - t) / Math.max(1, total - warmup));
  return base * Math.max(0, 0.5 * (1 + Math.cos(Math.PI * 2 * 0.5 * progress)));
}

export interface PlateauOptions {
  factor: number;
  patience: number;
  threshold: number;
  cooldown: number;
  minLr: number;
  eps?: number;
}

/** ReduceLROnPlateau (mode "min", threshold_mode "rel") as a state machine fed one metric per epoch. */
export class PlateauScheduler {
  lr: number;
  best = Infinity;
  numBadEpochs = 0;
  cooldownCounter = 0;
  constructor(
    base: number,
    private readonly o: PlateauOptions,
  ) {
    this.lr = base;
  }
  /** Feeds the metric of the epoch just finished; returns true when the learning rate was reduced. */
  step(metric: number): boolean {
    if (metric < this.best * (1 - this.o.threshold)) {
      this.best = metric;
      this.numBadEpochs = 0;
    } else this.numBadEpochs++;
    if (this.cooldownCounter > 0) {
      this.cooldownCounter--;
      this.numBadEpochs = 0;
    }
    if (this.numBadEpochs > this.o.patience) {
      const next = Math.max(this.lr * this.o.factor, this.o.minLr);
      const reduced = this.lr - next > (this.o.eps ?? 1e-8);
      if (reduced) this.lr = next;
      this.cooldownCounter = this.o.cooldown;
      this.numBadEpochs = 0;
      return reduced;
    }
    return false;
  }
}

export interface PlateauRun {
  /** lr[t]: learning rate used in epoch t. */
  lr: number[];
  /** metric[t]: validation loss measured after epoch t. */
  metric: number[];
  /** Epochs after which the learning rate was reduced. */
  reductions: number[];
}

/**
 * Simulates training with ReduceLROnPlateau. The validation loss relaxes toward a floor that rises with the
 * learning rate (0.2 + 0.8·lr/base), plus seeded Gaussian noise, so lowering the rate lets it fall further.
 */
export function simulatePlateau(base: number, epochs: number, o: PlateauOptions, noise: number, seed = 7): PlateauRun {
  const rand = mulberry32(seed);
  const sched = new PlateauScheduler(base, o);
  const lr: number[] = [];
  const metric: number[] = [];
  const reductions: number[] = [];
  let loss = 2.5;
  for (let t = 0; t < epochs; t++) {
    lr.push(sched.lr);
    const floor = 0.2 + 0.8 * (sched.lr / base);
    loss = loss + 0.15 * (floor - loss) + noise * gaussian(rand);
    metric.push(loss);
    if (sched.step(loss)) reductions.push(t);
  }
  return { lr, metric, reductions };
}
