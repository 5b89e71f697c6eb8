"use client";
import { useCallback, useId, useMemo, useState } from "react";
import { LOSS_FAMILIES, LOSS_FAMILY_IDS, curveSlope, resolveLossFamily, type LossFamilyId } from "@/lib/plots/losses";
import type { Params } from "@/lib/plots/activations";
import { fmt, linspace } from "@/lib/plots/scale";
import { Checkbox, ExplorerFigure, LinePlot, Select, Slider, listProp, seriesColor, type Series } from "./ui";
import "./plots.css";

const SAMPLES = 201;

export interface LossExplorerProps {
  family?: string;
  /** Curve ids shown at first (default: all of the family). */
  curves?: string | string[];
  derivative?: boolean;
}

function defaults(id: LossFamilyId): Params {
  return Object.fromEntries(LOSS_FAMILIES[id].params.map((p) => [p.key, p.value]));
}

/** Plots a family of losses against one variable, with their margins and weights on sliders. */
export default function LossExplorer(props: LossExplorerProps) {
  const [familyId, setFamilyId] = useState<LossFamilyId>(() => resolveLossFamily(props.family ?? "") ?? "regression");
  const [params, setParams] = useState<Params>(() => defaults(familyId));
  const [visible, setVisible] = useState<string[]>(() => {
    const want = listProp(props.curves);
    const ids = LOSS_FAMILIES[familyId].curves.map((c) => c.id);
    const chosen = ids.filter((id) => want.includes(id));
    return chosen.length ? chosen : ids;
  });
  const [showSlope, setShowSlope] = useState(props.derivative ?? false);
  const family = LOSS_FAMILIES[familyId];
  const [hoverX, setHoverX] = useState(() => family.x[0] + 0.7 * (family.x[1] - family.x[0]));
  const titleId = useId();
  const descId = useId();
  const xs = useMemo(() => linspace(family.x[0], family.x[1], SAMPLES), [family]);
  const curves = useMemo(() => family.curves.map((c, k) => ({ c, k })).filter(({ c }) => visible.includes(c.id)), [family, visible]);
  const series = useMemo<Series[]>(
    () =>
      curves.flatMap(({ c, k }) => {
        const out: Series[] = [{ key: c.id, label: c.label, color: seriesColor(k), xs, ys: xs.map((x) => c.f(x, params)) }];
        if (showSlope) out.push({ key: `${c.id}-slope`, label: `${c.label} slope`, color: seriesColor(k), xs, ys: xs.map((x) => curveSlope(c, x, params)), dashed: true });
        return out;
      }),
    [curves, params, showSlope, xs],
  );
  const yDomain = useMemo<[number, number]>(() => {
    const ys = series.flatMap((s) => Array.from(s.ys)).filter(Number.isFinite);
    let lo = Math.min(0, ...ys);
    let hi = Math.max(...ys, 1);
    if (familyId === "classification" || familyId === "divergence" || familyId === "shift") hi = Math.min(hi, 5);
    if (familyId === "regression") hi = Math.min(hi, 4);
    if (showSlope) lo = Math.max(lo, -5);
    // Round outward to half units so the axes stay put while most sliders move.
    lo = Math.floor(lo * 2) / 2;
    hi = Math.ceil(hi * 2) / 2;
    const pad = (hi - lo) * 0.04;
    return [lo - pad, hi + pad];
  }, [series, familyId, showSlope]);

  const changeFamily = (id: LossFamilyId) => {
    setFamilyId(id);
    setParams(defaults(id));
    setVisible(LOSS_FAMILIES[id].curves.map((c) => c.id));
    const f = LOSS_FAMILIES[id];
    setHoverX(f.x[0] + 0.7 * (f.x[1] - f.x[0]));
  };
  const readout = curves.map(({ c, k }) => ({ c, k, y: c.f(hoverX, params), dy: curveSlope(c, hoverX, params) }));
  const valueText = `x = ${fmt(hoverX)}: ` + readout.map((r) => `${r.c.label} ${fmt(r.y)}`).join("; ");
  const description =
    `Line plot of ${curves.map(({ c }) => `${c.label} (${c.formula})`).join("; ")} against ${family.xLabel}, from ${fmt(family.x[0])} to ${fmt(family.x[1])}` +
    (family.params.length ? `, with ${family.params.map((p) => `${p.label} = ${fmt(params[p.key] ?? p.value)}`).join(", ")}` : "") +
    (showSlope ? ". Dashed lines are the slopes (gradients)." : ".");
  const table = useCallback(() => {
    const rows = linspace(family.x[0], family.x[1], 21).map((x) => [x, ...curves.map(({ c }) => c.f(x, params))]);
    return { caption: `Sampled values: ${family.label}`, columns: ["x", ...curves.map(({ c }) => c.label)], rows };
  }, [family, curves, params]);

  return (
    <ExplorerFigure kind="loss" title="Loss explorer" descId={descId} description={description} table={table}>
      <span id={titleId} className="visually-hidden">
        {family.label}
      </span>
      <div className="plot-layout">
        <div className="plot-main">
          <LinePlot
            series={series}
            xDomain={family.x}
            yDomain={yDomain}
            xLabel={family.xLabel}
            yLabel={family.yLabel}
            labelledBy={titleId}
            describedBy={descId}
            hoverX={hoverX}
            onHover={setHoverX}
            markers={readout.map((r) => ({ key: r.c.id, x: hoverX, y: r.y, color: seriesColor(r.k) }))}
          />
          <div className="plot-readout" data-testid="readout">
            <span>x = {fmt(hoverX)}</span>
            {readout.map((r) => (
              <span key={r.c.id}>
                <span className="plot-swatch" style={{ background: seriesColor(r.k) }} aria-hidden="true" /> {r.c.label}: {fmt(r.y)} (slope {fmt(r.dy)})
              </span>
            ))}
          </div>
        </div>
        <div className="plot-controls">
          <Select label="Family" value={familyId} options={LOSS_FAMILY_IDS.map((id) => ({ value: id, label: LOSS_FAMILIES[id].label }))} onChange={changeFamily} />
          <fieldset className="plot-fieldset">
            <legend>Curves</legend>
            {family.curves.map((c, k) => (
              <Checkbox
                key={c.id}
                label={
                  <>
                    {c.label}: <code>{c.formula}</code>
                  </>
                }
                swatch={seriesColor(k)}
                checked={visible.includes(c.id)}
                onChange={(on) => setVisible((prev) => (on ? [...prev, c.id] : prev.filter((x) => x !== c.id)))}
              />
            ))}
          </fieldset>
          {family.params.map((p) => (
            <Slider key={p.key} label={p.label} value={params[p.key] ?? p.value} min={p.min} max={p.max} step={p.step} onChange={(v) => setParams((q) => ({ ...q, [p.key]: v }))} />
          ))}
          <Checkbox label="Show slopes (dashed)" checked={showSlope} onChange={setShowSlope} />
          <Slider label="Readout at x" value={hoverX} min={family.x[0]} max={family.x[1]} step={(family.x[1] - family.x[0]) / 400} onChange={setHoverX} valueText={valueText} />
        </div>
      </div>
    </ExplorerFigure>
  );
}
