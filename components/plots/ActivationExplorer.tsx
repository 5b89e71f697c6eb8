"use client";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import { ACTIVATION_IDS, ACTIVATIONS, defaultParams, resolveActivation, type Params } from "@/lib/plots/activations";
import { fmt, linspace } from "@/lib/plots/scale";
import { Checkbox, ExplorerFigure, LinePlot, Select, Slider, listProp, seriesColor, type Series } from "./ui";
import "./plots.css";

const SAMPLES = 201;
const NONE = "none";
const OPTIONS = ACTIVATION_IDS.map((id) => ({ value: id, label: ACTIVATIONS.get(id)!.label }));

export interface ActivationExplorerProps {
  /** Up to three activation ids to overlay, e.g. ["gelu", "silu"]. */
  fns?: string | string[];
  /** Half-width of the x range (default 5). */
  range?: number;
  /** Show f′ initially (default true). */
  derivative?: boolean;
}

/** Plots f(x) and f′(x) of up to three activation functions with their parameters on sliders. */
export default function ActivationExplorer({ fns, range = 5, derivative = true }: ActivationExplorerProps) {
  const initial = listProp(fns)
    .map(resolveActivation)
    .filter((x): x is string => !!x)
    .slice(0, 3);
  const [slots, setSlots] = useState<string[]>(() => {
    const s = initial.length ? initial : ["relu"];
    return [s[0]!, s[1] ?? NONE, s[2] ?? NONE];
  });
  const [params, setParams] = useState<Record<string, Params>>(() => Object.fromEntries(ACTIVATION_IDS.map((id) => [id, defaultParams(ACTIVATIONS.get(id)!)])));
  const [showDerivative, setShowDerivative] = useState(derivative);
  const [hoverX, setHoverX] = useState(1);
  const R = Math.max(1, range);
  const xs = useMemo(() => linspace(-R, R, SAMPLES), [R]);
  const titleId = useId();
  const descId = useId();

  const active = useMemo(() => slots.map((id, k) => ({ id, k })).filter((s) => s.id !== NONE && ACTIVATIONS.has(s.id)), [slots]);
  // One cached sample per function and parameter set: moving one slider recomputes only that curve.
  const cache = useRef(new Map<string, { p: Params; xs: number[]; ys: number[]; dys: number[] }>());
  const sampled = useMemo(
    () =>
      active.map(({ id, k }) => {
        const def = ACTIVATIONS.get(id)!;
        const p = params[id]!;
        let hit = cache.current.get(id);
        if (!hit || hit.p !== p || hit.xs !== xs) {
          hit = { p, xs, ys: xs.map((x) => def.f(x, p)), dys: xs.map((x) => def.df(x, p)) };
          cache.current.set(id, hit);
        }
        return { id, k, def, p, ys: hit.ys, dys: hit.dys };
      }),
    [active, params, xs],
  );
  const series = useMemo<Series[]>(
    () =>
      sampled.flatMap((s) => {
        const out: Series[] = [{ key: `${s.k}-${s.id}-f`, label: `${s.def.label} f(x)`, color: seriesColor(s.k), xs, ys: s.ys }];
        if (showDerivative) out.push({ key: `${s.k}-${s.id}-df`, label: `${s.def.label} f′(x)`, color: seriesColor(s.k), xs, ys: s.dys, dashed: true });
        return out;
      }),
    [sampled, showDerivative, xs],
  );
  const yDomain = useMemo<[number, number]>(() => {
    let lo = -0.25;
    let hi = 1.1;
    for (const s of series) for (let i = 0; i < s.ys.length; i++) {
      const y = s.ys[i]!;
      if (!Number.isFinite(y)) continue;
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
    // Round outward to half units so the axes stay put while most sliders move.
    lo = Math.floor(Math.max(lo, -R) * 2) / 2;
    hi = Math.ceil(Math.min(hi, R + 1) * 2) / 2;
    const pad = (hi - lo) * 0.04;
    return [lo - pad, hi + pad];
  }, [series, R]);

  const readout = sampled.map((s) => ({ s, y: s.def.f(hoverX, s.p), dy: s.def.df(hoverX, s.p) }));
  const valueText = `x = ${fmt(hoverX)}: ` + readout.map((r) => `${r.s.def.label} f = ${fmt(r.y)}, f′ = ${fmt(r.dy)}`).join("; ");
  const setSlot = useCallback((k: number, v: string) => setSlots((prev) => prev.map((p, i) => (i === k ? v : p))), []);
  const setParam = useCallback((id: string, key: string, v: number) => setParams((prev) => ({ ...prev, [id]: { ...prev[id], [key]: v } })), []);

  const description = `Line plot of ${sampled.map((s) => `${s.def.label}, ${s.def.formula}`).join("; ")}, for x from ${fmt(-R)} to ${fmt(R)}. Solid lines are f(x)${showDerivative ? ", dashed lines of the same colour are the derivative f′(x)" : ""}. The readout gives exact values at the chosen x.`;

  const table = useCallback(() => {
    const rows = linspace(-R, R, 21).map((x) => [x, ...sampled.flatMap((s) => [s.def.f(x, s.p), s.def.df(x, s.p)])]);
    return { caption: "Sampled values of f and f′", columns: ["x", ...sampled.flatMap((s) => [`${s.def.label} f(x)`, `${s.def.label} f′(x)`])], rows };
  }, [sampled, R]);

  return (
    <ExplorerFigure kind="activation" title="Activation explorer" descId={descId} description={description} table={table}>
      <span id={titleId} className="visually-hidden">
        Activation functions {sampled.map((s) => s.def.label).join(", ")}
      </span>
      <div className="plot-layout">
        <div className="plot-main">
          <LinePlot
            series={series}
            xDomain={[-R, R]}
            yDomain={yDomain}
            xLabel={active.some((a) => a.id.endsWith("glu")) ? "x (gate input b for GLU gates)" : "x"}
            yLabel={showDerivative ? "f(x), f′(x)" : "f(x)"}
            labelledBy={titleId}
            describedBy={descId}
            hoverX={hoverX}
            onHover={setHoverX}
            markers={readout.flatMap((r) => [
              { key: `${r.s.k}-${r.s.id}-f`, x: hoverX, y: r.y, color: seriesColor(r.s.k) },
              ...(showDerivative ? [{ key: `${r.s.k}-${r.s.id}-df`, x: hoverX, y: r.dy, color: seriesColor(r.s.k) }] : []),
            ])}
          />
          <div className="plot-readout" data-testid="readout">
            <span>x = {fmt(hoverX)}</span>
            {readout.map((r) => (
              <span key={`${r.s.k}-${r.s.id}`}>
                <span className="plot-swatch" style={{ background: seriesColor(r.s.k) }} aria-hidden="true" /> {r.s.def.label}: f = {fmt(r.y)}, f′ = {fmt(r.dy)}
              </span>
            ))}
          </div>
        </div>
        <div className="plot-controls">
          {[0, 1, 2].map((k) => (
            <Select
              key={k}
              label={k === 0 ? "Function" : `Compare with (${k})`}
              value={slots[k]!}
              options={k === 0 ? OPTIONS : [{ value: NONE, label: "— none —" }, ...OPTIONS]}
              onChange={(v) => setSlot(k, v)}
            />
          ))}
          {sampled.flatMap((s) =>
            s.def.params.map((p) => (
              <Slider
                key={`${s.k}-${s.id}-${p.key}`}
                label={`${s.def.label}: ${p.label}`}
                value={s.p[p.key] ?? p.value}
                min={p.min}
                max={p.max}
                step={p.step}
                onChange={(v) => setParam(s.id, p.key, v)}
              />
            )),
          )}
          <Checkbox label="Show derivative f′(x) (dashed)" checked={showDerivative} onChange={setShowDerivative} />
          <Slider label="Readout at x" value={hoverX} min={-R} max={R} step={0.01} onChange={setHoverX} valueText={valueText} />
        </div>
      </div>
    </ExplorerFigure>
  );
}
