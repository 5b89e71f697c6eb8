"use client";
import { useCallback, useId, useMemo, useState } from "react";
import { cosineAnnealing, oneCycle, simulatePlateau, stepLR, warmupDecay, type DecayKind } from "@/lib/plots/schedules";
import { fmt } from "@/lib/plots/scale";
import { Checkbox, ExplorerFigure, LinePlot, Select, Slider, seriesColor, type Frame, type Series } from "./ui";
import "./plots.css";

const KINDS = ["step", "cosine", "onecycle", "warmup", "plateau"] as const;
type Kind = (typeof KINDS)[number];
const LABELS: Record<Kind, string> = {
  step: "StepLR",
  cosine: "CosineAnnealingLR",
  onecycle: "OneCycleLR",
  warmup: "Linear warmup, then decay",
  plateau: "ReduceLROnPlateau (simulated metric)",
};
const ALIASES: Record<string, Kind> = {
  "step-lr": "step",
  steplr: "step",
  "cosine-annealing": "cosine",
  "cosine-annealing-lr": "cosine",
  "one-cycle": "onecycle",
  "one-cycle-lr": "onecycle",
  "linear-warmup": "warmup",
  "reduce-lr-on-plateau": "plateau",
};
const resolveKind = (s: string | undefined): Kind => {
  const k = (s ?? "").trim().toLowerCase();
  return (KINDS as readonly string[]).includes(k) ? (k as Kind) : (ALIASES[k] ?? "cosine");
};

interface State {
  total: number;
  base: number;
  stepSize: number;
  gamma: number;
  tMax: number;
  etaMin: number;
  pctStart: number;
  divFactor: number;
  finalDivExp: number;
  warmup: number;
  decay: DecayKind;
  factor: number;
  patience: number;
  threshold: number;
  cooldown: number;
  minLr: number;
  noise: number;
  seed: number;
}
const INITIAL: State = {
  total: 100,
  base: 0.1,
  stepSize: 30,
  gamma: 0.1,
  tMax: 100,
  etaMin: 0,
  pctStart: 0.3,
  divFactor: 25,
  finalDivExp: 4,
  warmup: 10,
  decay: "linear",
  factor: 0.1,
  patience: 5,
  threshold: 0.0001,
  cooldown: 0,
  minLr: 0,
  noise: 0.02,
  seed: 7,
};

function compute(kind: Kind, s: State): { lr: number[]; metric?: number[]; reductions?: number[] } {
  const ts = Array.from({ length: s.total }, (_, t) => t);
  switch (kind) {
    case "step":
      return { lr: ts.map((t) => stepLR(t, s.base, s.stepSize, s.gamma)) };
    case "cosine":
      return { lr: ts.map((t) => cosineAnnealing(t, s.base, s.tMax, s.etaMin)) };
    case "onecycle":
      return { lr: ts.map((t) => oneCycle(t, { maxLr: s.base, totalSteps: s.total, pctStart: s.pctStart, divFactor: s.divFactor, finalDivFactor: 10 ** s.finalDivExp })) };
    case "warmup":
      return { lr: ts.map((t) => warmupDecay(t, s.base, s.warmup, s.total, s.decay)) };
    case "plateau": {
      const run = simulatePlateau(s.base, s.total, { factor: s.factor, patience: s.patience, threshold: s.threshold, cooldown: s.cooldown, minLr: s.minLr }, s.noise, s.seed);
      return run;
    }
  }
}

const METRIC_FRAME: Frame = { width: 640, height: 200, left: 56, right: 16, top: 10, bottom: 40 };

export interface ScheduleExplorerProps {
  schedule?: string;
  /** Another schedule to overlay, e.g. "step". */
  compare?: string;
  /** Number of steps (or epochs) plotted. */
  steps?: number;
}

/** Plots a learning-rate schedule, as PyTorch computes it, with its parameters on sliders. */
export default function ScheduleExplorer({ schedule, compare, steps }: ScheduleExplorerProps) {
  const [kind, setKind] = useState<Kind>(() => resolveKind(schedule));
  const [other, setOther] = useState<Kind | "none">(() => (compare ? resolveKind(compare) : "none"));
  const [s, setS] = useState<State>(() => {
    const total = Math.max(10, Math.min(300, Math.round(steps ?? INITIAL.total)));
    return { ...INITIAL, total, tMax: total };
  });
  const [log, setLog] = useState(false);
  const [hover, setHover] = useState(0);
  const set = useCallback(<K extends keyof State>(k: K, v: State[K]) => setS((p) => ({ ...p, [k]: v })), []);
  const titleId = useId();
  const descId = useId();
  const metricTitleId = useId();

  const main = useMemo(() => compute(kind, s), [kind, s]);
  const cmp = useMemo(() => (other === "none" || other === kind ? null : compute(other, s)), [other, kind, s]);
  const ts = useMemo(() => Array.from({ length: s.total }, (_, t) => t), [s.total]);
  const tf = useCallback((v: number) => (log ? Math.log10(Math.max(v, 1e-12)) : v), [log]);

  const series = useMemo<Series[]>(() => {
    const out: Series[] = [{ key: kind, label: LABELS[kind], color: seriesColor(0), xs: ts, ys: main.lr.map(tf), step: true }];
    if (cmp && other !== "none") out.push({ key: other, label: LABELS[other], color: seriesColor(1), xs: ts, ys: cmp.lr.map(tf), step: true, dashed: true });
    return out;
  }, [kind, other, main, cmp, ts, tf]);

  const yDomain = useMemo<[number, number]>(() => {
    const all = series.flatMap((x) => Array.from(x.ys)).filter(Number.isFinite);
    const hi = Math.max(...all);
    if (!log) return [0, hi * 1.06 || 1];
    const lo = Math.min(...all);
    return [Math.floor(lo) - 0.1, Math.ceil(hi) + 0.1];
  }, [series, log]);
  const yTicks = useMemo(() => {
    if (!log) return undefined;
    const out: number[] = [];
    const stride = Math.max(1, Math.ceil((yDomain[1] - yDomain[0]) / 6));
    for (let k = Math.ceil(yDomain[0]); k <= yDomain[1]; k += stride) out.push(k);
    return out;
  }, [log, yDomain]);

  const t = Math.min(s.total - 1, Math.max(0, Math.round(hover)));
  const lrAt = main.lr[t]!;
  const metricAt = main.metric?.[t];
  const valueText = `step ${t}: learning rate ${fmt(lrAt)}${cmp ? `, ${LABELS[other as Kind]} ${fmt(cmp.lr[t]!)}` : ""}${metricAt != null ? `, validation loss ${fmt(metricAt)}` : ""}`;

  const description =
    `Step plot of the learning rate of ${LABELS[kind]} over ${s.total} ${kind === "plateau" ? "epochs" : "steps"}` +
    (cmp ? `, with ${LABELS[other as Kind]} dashed for comparison` : "") +
    `. It starts at ${fmt(main.lr[0]!)}, peaks at ${fmt(Math.max(...main.lr))} and ends at ${fmt(main.lr[main.lr.length - 1]!)}` +
    (main.reductions ? `; the rate was reduced after epochs ${main.reductions.join(", ") || "(none)"}. The second plot shows the simulated validation loss, which relaxes toward a floor that is lower when the learning rate is lower, plus noise.` : ".") +
    (log ? " The y axis is logarithmic." : "");

  const table = useCallback(() => {
    const every = Math.max(1, Math.round(s.total / 50));
    const rows = ts.filter((x) => x % every === 0 || x === s.total - 1).map((x) => [x, main.lr[x]!, ...(cmp ? [cmp.lr[x]!] : []), ...(main.metric ? [main.metric[x]!] : [])]);
    return {
      caption: `Learning rate by ${kind === "plateau" ? "epoch" : "step"}`,
      columns: ["step", LABELS[kind], ...(cmp ? [LABELS[other as Kind]] : []), ...(main.metric ? ["validation loss"] : [])],
      rows,
    };
  }, [s.total, ts, main, cmp, kind, other]);

  const metricSeries = useMemo<Series[]>(() => (main.metric ? [{ key: "metric", label: "validation loss", color: seriesColor(2), xs: ts, ys: main.metric }] : []), [main.metric, ts]);
  const kindOptions = KINDS.map((k) => ({ value: k, label: LABELS[k] }));

  return (
    <ExplorerFigure kind="schedule" title="Learning-rate schedule explorer" descId={descId} description={description} table={table}>
      <span id={titleId} className="visually-hidden">
        Learning rate of {LABELS[kind]} by step
      </span>
      <div className="plot-layout">
        <div className="plot-main">
          <LinePlot
            series={series}
            xDomain={[0, s.total]}
            yDomain={yDomain}
            yTicks={yTicks}
            yFormat={log ? (v) => `1e${v}` : undefined}
            xLabel={kind === "plateau" ? "epoch" : "step"}
            yLabel={log ? "learning rate (log)" : "learning rate"}
            labelledBy={titleId}
            describedBy={descId}
            hoverX={t + 0.5}
            onHover={setHover}
            markers={[{ key: "m", x: t + 0.5, y: tf(lrAt), color: seriesColor(0) }]}
          />
          {main.metric && (
            <>
              <span id={metricTitleId} className="visually-hidden">
                Simulated validation loss by epoch
              </span>
              <LinePlot
                frame={METRIC_FRAME}
                series={metricSeries}
                xDomain={[0, s.total]}
                xLabel="epoch"
                yLabel="val. loss"
                labelledBy={metricTitleId}
                describedBy={descId}
                hoverX={t + 0.5}
                onHover={setHover}
              >
                {(sx) =>
                  main.reductions!.map((r) => <line key={r} className="plot-event" x1={sx(r + 1)} x2={sx(r + 1)} y1={METRIC_FRAME.top} y2={METRIC_FRAME.height - METRIC_FRAME.bottom} />)
                }
              </LinePlot>
            </>
          )}
          <div className="plot-readout" data-testid="readout">
            <span>{valueText}</span>
          </div>
        </div>
        <div className="plot-controls">
          <Select label="Schedule" value={kind} options={kindOptions} onChange={setKind} />
          <Select label="Compare with" value={other} options={[{ value: "none" as const, label: "— none —" }, ...kindOptions]} onChange={setOther} />
          <Slider label={kind === "plateau" ? "Epochs" : "Total steps"} value={s.total} min={10} max={300} step={1} onChange={(v) => setS((p) => ({ ...p, total: v, tMax: p.tMax === p.total ? v : p.tMax, warmup: Math.min(p.warmup, v) }))} />
          <Slider label={kind === "onecycle" ? "max_lr" : "Base learning rate"} value={s.base} min={0.01} max={1} step={0.01} onChange={(v) => set("base", v)} />
          {(kind === "step" || other === "step") && (
            <>
              <Slider label="StepLR step_size" value={s.stepSize} min={1} max={100} step={1} onChange={(v) => set("stepSize", v)} />
              <Slider label="StepLR gamma" value={s.gamma} min={0.05} max={0.95} step={0.05} onChange={(v) => set("gamma", v)} />
            </>
          )}
          {(kind === "cosine" || other === "cosine") && (
            <>
              <Slider label="Cosine T_max" value={s.tMax} min={1} max={300} step={1} onChange={(v) => set("tMax", v)} />
              <Slider label="Cosine eta_min" value={s.etaMin} min={0} max={s.base} step={s.base / 100} onChange={(v) => set("etaMin", v)} />
            </>
          )}
          {(kind === "onecycle" || other === "onecycle") && (
            <>
              <Slider label="OneCycle pct_start" value={s.pctStart} min={0.05} max={0.95} step={0.01} onChange={(v) => set("pctStart", v)} />
              <Slider label="OneCycle div_factor" value={s.divFactor} min={1} max={100} step={1} onChange={(v) => set("divFactor", v)} />
              <Slider label="OneCycle final_div_factor" value={s.finalDivExp} min={0} max={5} step={0.1} format={(v) => fmt(10 ** v)} onChange={(v) => set("finalDivExp", v)} />
            </>
          )}
          {(kind === "warmup" || other === "warmup") && (
            <>
              <Slider label="Warmup steps" value={s.warmup} min={0} max={s.total} step={1} onChange={(v) => set("warmup", v)} />
              <Select<DecayKind>
                label="Decay after warmup"
                value={s.decay}
                options={[
                  { value: "linear", label: "linear to 0" },
                  { value: "cosine", label: "cosine to 0" },
                  { value: "constant", label: "constant" },
                ]}
                onChange={(v) => set("decay", v)}
              />
            </>
          )}
          {(kind === "plateau" || other === "plateau") && (
            <>
              <Slider label="Plateau factor" value={s.factor} min={0.05} max={0.95} step={0.05} onChange={(v) => set("factor", v)} />
              <Slider label="Plateau patience" value={s.patience} min={0} max={20} step={1} onChange={(v) => set("patience", v)} />
              <Slider label="Plateau threshold (rel)" value={s.threshold} min={0} max={0.05} step={0.0001} onChange={(v) => set("threshold", v)} />
              <Slider label="Plateau cooldown" value={s.cooldown} min={0} max={20} step={1} onChange={(v) => set("cooldown", v)} />
              <Slider label="Plateau min_lr" value={s.minLr} min={0} max={s.base / 2} step={s.base / 200} onChange={(v) => set("minLr", v)} />
              <Slider label="Metric noise (σ)" value={s.noise} min={0} max={0.1} step={0.005} onChange={(v) => set("noise", v)} />
              <button type="button" className="plot-button" onClick={() => set("seed", s.seed + 1)}>
                New noise sample
              </button>
            </>
          )}
          <Checkbox label="Logarithmic y axis" checked={log} onChange={setLog} />
          <Slider label="Readout at step" value={t} min={0} max={s.total - 1} step={1} onChange={setHover} valueText={valueText} />
        </div>
      </div>
    </ExplorerFigure>
  );
}
