"use client";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { contourLevels, marchingSquares, sampleGrid, segmentsPath } from "@/lib/plots/contours";
import { OPTIMIZER_IDS, OPTIMIZERS, SURFACES, resolveOptimizer, runOptimizer, type ClipMode, type OptimizerId, type Trajectory } from "@/lib/plots/optimizers";
import { fmt, linearScale, niceTicks } from "@/lib/plots/scale";
import { SURFACE_IDS, type SurfaceId, type Vec2 } from "@/lib/plots/surfaces";
import { Axes, Checkbox, ExplorerFigure, Select, Slider, listProp, seriesColor, svgPoint, usePrefersReducedMotion, type Frame } from "./ui";
import "./plots.css";

const MAX_STEPS = 500;
const STEPS_PER_SECOND = 120;
const FRAME_MS = 30;
const FRAME: Frame = { width: 460, height: 460, left: 48, right: 12, top: 12, bottom: 40 };
const GRID = 90;
const LEVELS = 16;

const resolveSurface = (s: string | undefined): SurfaceId => {
  const k = (s ?? "").trim().toLowerCase();
  if ((SURFACE_IDS as readonly string[]).includes(k)) return k as SurfaceId;
  if (k.startsWith("ill") || k === "ill-conditioned") return "quadratic";
  return "rosenbrock";
};

/** SVG path of the first `count` points of a trajectory. */
function trailPath(tr: Trajectory, count: number, sx: (v: number) => number, sy: (v: number) => number): string {
  let d = "";
  const n = Math.min(count, tr.length);
  for (let k = 0; k < n; k++) {
    const x = Math.max(-1e4, Math.min(1e4, sx(tr.points[2 * k]!)));
    const y = Math.max(-1e4, Math.min(1e4, sy(tr.points[2 * k + 1]!)));
    d += `${k ? "L" : "M"}${x.toFixed(1)} ${y.toFixed(1)}`;
  }
  return d;
}

export interface OptimizerRaceProps {
  optimizers?: string | string[];
  surface?: string;
  /** Weight decay λ at start (default 0). */
  weightDecay?: number;
  clip?: ClipMode;
  clipValue?: number;
  /** Initial learning-rate multiplier (0.1 to 10, default 1). */
  lrScale?: number;
}

/** Optimizers race on a 2-D surface; trails are drawn over its contour plot. */
export default function OptimizerRace(props: OptimizerRaceProps) {
  const [surfaceId, setSurfaceId] = useState<SurfaceId>(() => resolveSurface(props.surface));
  const [selected, setSelected] = useState<OptimizerId[]>(() => {
    const ids = listProp(props.optimizers)
      .map(resolveOptimizer)
      .filter((x): x is OptimizerId => !!x);
    return ids.length ? [...new Set(ids)] : ["sgd", "momentum", "adam"];
  });
  const [lrExp, setLrExp] = useState(() => Math.max(-1, Math.min(1, Math.round(Math.log10(props.lrScale ?? 1) * 20) / 20)));
  const [wd, setWd] = useState(props.weightDecay ?? 0);
  const [clip, setClip] = useState<ClipMode>(props.clip ?? "none");
  const [clipValue, setClipValue] = useState(props.clipValue ?? 5);
  const [startOverride, setStart] = useState<Vec2 | null>(null);
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const reduced = usePrefersReducedMotion();
  const titleId = useId();
  const descId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const surface = SURFACES[surfaceId];
  const start: Vec2 = startOverride ?? surface.start;

  const sx = useMemo(() => linearScale(surface.x[0], surface.x[1], FRAME.left, FRAME.width - FRAME.right), [surface]);
  const sy = useMemo(() => linearScale(surface.y[0], surface.y[1], FRAME.height - FRAME.bottom, FRAME.top), [surface]);
  const contours = useMemo(() => {
    const g = sampleGrid(surface.f, surface.x, surface.y, GRID, GRID);
    return contourLevels(g, LEVELS, surface.logLevels).map((level, k) => ({ level, k, d: segmentsPath(marchingSquares(g, level), sx, sy) }));
  }, [surface, sx, sy]);

  const ordered = useMemo(() => OPTIMIZER_IDS.filter((id) => selected.includes(id)), [selected]);
  const lrScale = 10 ** lrExp;
  const runs = useMemo(
    () => ordered.map((id) => runOptimizer(surface, id, { steps: MAX_STEPS, lrScale, weightDecay: wd, clip, clipValue }, start)),
    // start is derived from startOverride and surface
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ordered, surface, lrScale, wd, clip, clipValue, startOverride],
  );

  // Playback: a requestAnimationFrame loop advancing STEPS_PER_SECOND, redrawn at most every FRAME_MS;
  // with reduced motion, "play" jumps to the end instead.
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const elapsed = now - last;
      if (elapsed >= FRAME_MS) {
        const advance = Math.min(10, Math.max(1, Math.round((elapsed * STEPS_PER_SECOND) / 1000)));
        last = now;
        setT((prev) => Math.min(MAX_STEPS, prev + advance));
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing]);
  useEffect(() => {
    if (playing && t >= MAX_STEPS) setPlaying(false);
  }, [playing, t]);

  const play = () => {
    if (reduced) {
      setT(MAX_STEPS);
      return;
    }
    if (t >= MAX_STEPS) setT(0);
    setPlaying((p) => !p);
  };
  const reset = useCallback(() => {
    setPlaying(false);
    setT(0);
  }, []);

  const onClick = (e: React.MouseEvent<SVGSVGElement>) => {
    if (!svgRef.current) return;
    const p = svgPoint(svgRef.current, e.clientX, e.clientY);
    if (!p) return;
    const x = surface.x[0] + ((p.x - FRAME.left) / (FRAME.width - FRAME.left - FRAME.right)) * (surface.x[1] - surface.x[0]);
    const y = surface.y[1] - ((p.y - FRAME.top) / (FRAME.height - FRAME.top - FRAME.bottom)) * (surface.y[1] - surface.y[0]);
    if (x < surface.x[0] || x > surface.x[1] || y < surface.y[0] || y > surface.y[1]) return;
    setStart([Number(x.toFixed(3)), Number(y.toFixed(3))]);
  };

  const status = runs.map((r, k) => {
    const idx = Math.min(t, r.length - 1);
    const x = r.points[2 * idx]!;
    const y = r.points[2 * idx + 1]!;
    const dist = surface.minimum ? Math.hypot(x - surface.minimum[0], y - surface.minimum[1]) : null;
    return { r, k, x, y, f: surface.f(x, y), dist, divergedNow: r.diverged && t >= r.length };
  });

  const description =
    `Contour plot of ${surface.label}, ${surface.formula}, over x from ${surface.x[0]} to ${surface.x[1]} and y from ${surface.y[0]} to ${surface.y[1]}. ` +
    `${ordered.length} optimizers start at (${fmt(start[0])}, ${fmt(start[1])}); after step ${t}: ` +
    status
      .map((s) => `${OPTIMIZERS[s.r.id].label} (lr ${fmt(s.r.lr)}) ${s.divergedNow ? `diverged after ${s.r.length - 1} steps` : `is at (${fmt(s.x)}, ${fmt(s.y)}) with f = ${fmt(s.f)}`}`)
      .join("; ") +
    "." +
    (wd ? ` Weight decay λ = ${fmt(wd)}.` : "") +
    (clip !== "none" ? ` Gradients clipped by ${clip} at ${fmt(clipValue)}.` : "");

  const table = useCallback(() => {
    const rows: (string | number)[][] = [];
    for (let k = 0; k <= t; k += t > 100 ? 25 : 10) rows.push([k, ...runs.flatMap((r) => (k < r.length ? [`(${fmt(r.points[2 * k]!)}, ${fmt(r.points[2 * k + 1]!)})`, surface.f(r.points[2 * k]!, r.points[2 * k + 1]!)] : ["diverged", "—"]))]);
    if (rows.length === 0 || rows[rows.length - 1]![0] !== t) rows.push([t, ...runs.flatMap((r) => (t < r.length ? [`(${fmt(r.points[2 * t]!)}, ${fmt(r.points[2 * t + 1]!)})`, surface.f(r.points[2 * t]!, r.points[2 * t + 1]!)] : ["diverged", "—"]))]);
    return { caption: `Positions and loss by step on ${surface.label}`, columns: ["step", ...runs.flatMap((r) => [`${OPTIMIZERS[r.id].label} (x, y)`, `${OPTIMIZERS[r.id].label} f`])], rows };
  }, [t, runs, surface]);

  const xTicks = useMemo(() => niceTicks(surface.x[0], surface.x[1], 6), [surface]);
  const yTicks = useMemo(() => niceTicks(surface.y[0], surface.y[1], 6), [surface]);
  const clipId = `clip-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;

  return (
    <ExplorerFigure kind="optimizer-race" title="Optimizer race" descId={descId} description={description} table={table}>
      <span id={titleId} className="visually-hidden">
        Optimizer trails on {surface.label}
      </span>
      <div className="plot-layout plot-layout-side">
        <div className="plot-main">
          <div className="plot-race-stack">
            {/* Static layer (axes, contours) on its own compositing layer, so moving trails do not repaint it. */}
            <svg className="plot-svg plot-race-bg" viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} aria-hidden="true" focusable="false">
              <defs>
                <clipPath id={clipId}>
                  <rect x={FRAME.left} y={FRAME.top} width={FRAME.width - FRAME.left - FRAME.right} height={FRAME.height - FRAME.top - FRAME.bottom} />
                </clipPath>
              </defs>
              <Axes frame={FRAME} sx={sx} sy={sy} xTicks={xTicks} yTicks={yTicks} xLabel="x" yLabel="y" />
              <g clipPath={`url(#${clipId})`}>
                {contours.map((c) => (
                  <path key={c.k} className="plot-contour" d={c.d} strokeOpacity={0.25 + (0.6 * (LEVELS - c.k)) / LEVELS} />
                ))}
                {surface.minimum && <path className="plot-minimum" d={`M${sx(surface.minimum[0]) - 6} ${sy(surface.minimum[1]) - 6}l12 12m0 -12l-12 12`} />}
              </g>
            </svg>
            <svg ref={svgRef} className="plot-svg plot-race" viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby={titleId} aria-describedby={descId} onClick={onClick} data-step={t}>
              <defs>
                <clipPath id={`${clipId}-fg`}>
                  <rect x={FRAME.left} y={FRAME.top} width={FRAME.width - FRAME.left - FRAME.right} height={FRAME.height - FRAME.top - FRAME.bottom} />
                </clipPath>
              </defs>
              <g clipPath={`url(#${clipId}-fg)`}>
                <circle className="plot-start" cx={sx(start[0])} cy={sy(start[1])} r={5} />
                {runs.map((r, k) => {
                  const count = Math.min(t + 1, r.length);
                  const last = count - 1;
                  return (
                    <g key={r.id}>
                      <path className="plot-trail" data-optimizer={r.id} data-points={count} d={trailPath(r, count, sx, sy)} stroke={seriesColor(k)} />
                      <circle className="plot-marker" cx={sx(r.points[2 * last]!)} cy={sy(r.points[2 * last + 1]!)} r={4.5} fill={seriesColor(k)} />
                    </g>
                  );
                })}
              </g>
            </svg>
          </div>
          <div className="plot-buttons" role="group" aria-label="Playback">
            <button type="button" className="plot-button" onClick={play} aria-pressed={reduced ? undefined : playing}>
              {reduced ? "Run all steps" : playing ? "Pause" : "Play"}
            </button>
            <button
              type="button"
              className="plot-button"
              onClick={() => {
                setPlaying(false);
                setT((v) => Math.min(MAX_STEPS, v + 1));
              }}
            >
              Step
            </button>
            <button type="button" className="plot-button" onClick={reset}>
              Reset
            </button>
            <output className="plot-step" aria-live="off">
              step {t} / {MAX_STEPS}
            </output>
          </div>
          <ul className="plot-status">
            {status.map((s) => (
              <li key={s.r.id}>
                <span className="plot-swatch" style={{ background: seriesColor(s.k) }} aria-hidden="true" /> <strong>{OPTIMIZERS[s.r.id].label}</strong> lr {fmt(s.r.lr)}:{" "}
                {s.divergedNow ? <em>diverged after {s.r.length - 1} steps</em> : <>f = {fmt(s.f)}{s.dist != null ? `, ${fmt(s.dist, 3)} from the minimum` : ""}</>}
              </li>
            ))}
          </ul>
        </div>
        <div className="plot-controls">
          <Select
            label="Surface"
            value={surfaceId}
            options={SURFACE_IDS.map((id) => ({ value: id, label: SURFACES[id].label }))}
            onChange={(v) => {
              setSurfaceId(v);
              setStart(null);
              reset();
            }}
          />
          <fieldset className="plot-fieldset">
            <legend>Optimizers</legend>
            {OPTIMIZER_IDS.map((id) => {
              const k = ordered.indexOf(id);
              return (
                <Checkbox
                  key={id}
                  label={OPTIMIZERS[id].label}
                  swatch={k >= 0 ? seriesColor(k) : undefined}
                  checked={k >= 0}
                  onChange={(on) => setSelected((prev) => (on ? [...prev, id] : prev.filter((x) => x !== id)))}
                />
              );
            })}
          </fieldset>
          <Slider
            label="Learning rate (× each optimizer's default)"
            value={lrExp}
            min={-1}
            max={1}
            step={0.05}
            format={(v) => `×${fmt(10 ** v, 3)}`}
            onChange={setLrExp}
          />
          <Slider label="Weight decay λ" value={wd} min={0} max={1} step={0.01} onChange={setWd} />
          <Select<ClipMode>
            label="Gradient clipping"
            value={clip}
            options={[
              { value: "none", label: "none" },
              { value: "norm", label: "by norm (clip_grad_norm_)" },
              { value: "value", label: "by value (clip_grad_value_)" },
            ]}
            onChange={setClip}
          />
          {clip !== "none" && <Slider label="Clip threshold c" value={clipValue} min={0.1} max={20} step={0.1} onChange={setClipValue} />}
          <Slider label="Start x" value={start[0]} min={surface.x[0]} max={surface.x[1]} step={(surface.x[1] - surface.x[0]) / 200} onChange={(v) => setStart([v, start[1]])} />
          <Slider label="Start y" value={start[1]} min={surface.y[0]} max={surface.y[1]} step={(surface.y[1] - surface.y[0]) / 200} onChange={(v) => setStart([start[0], v])} />
          <p className="plot-hint">Click the plot to start from another point.</p>
          <details className="plot-details">
            <summary>Hyperparameters</summary>
            <ul>
              {ordered.map((id) => (
                <li key={id}>
                  <strong>{OPTIMIZERS[id].label}</strong>: {OPTIMIZERS[id].hyper}; default lr on this surface {fmt(OPTIMIZERS[id].lr[surfaceId])}; weight decay {OPTIMIZERS[id].decay}.
                </li>
              ))}
            </ul>
          </details>
        </div>
      </div>
    </ExplorerFigure>
  );
}
