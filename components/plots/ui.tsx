"use client";
/** Shared pieces of the explorers: figure shell with description and data table, labelled controls, a line plot. */
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { extent, fmt, linePath, linearScale, niceTicks, stepPath, type Scale } from "@/lib/plots/scale";

export const PALETTE_SIZE = 8;
/** A CSS color for series k (variables defined in plots.css, light and dark). */
export const seriesColor = (k: number) => `var(--plot-c${(k % PALETTE_SIZE) + 1})`;

/** True when the reader asked for reduced motion (false during server rendering). */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (cb) => {
      const mq = window.matchMedia("(prefers-reduced-motion: reduce)");
      mq.addEventListener("change", cb);
      return () => mq.removeEventListener("change", cb);
    },
    () => window.matchMedia("(prefers-reduced-motion: reduce)").matches,
    () => false,
  );
}

export interface TableData {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

/** The explorer's frame: title, body, a text description, and a button that shows the sampled data as a table. */
export function ExplorerFigure(props: {
  kind: string;
  title: string;
  descId: string;
  description: ReactNode;
  table: () => TableData;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  // Set once hydrated: the static HTML shows the plot before its controls work.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const tableId = useId();
  const data = open ? props.table() : null;
  return (
    <figure className="plot-explorer" data-explorer={props.kind} data-ready={ready ? "true" : undefined}>
      <figcaption className="plot-title">{props.title}</figcaption>
      {props.children}
      <p className="plot-desc" id={props.descId}>
        {props.description}
      </p>
      <div className="plot-table-bar">
        <button type="button" className="plot-button" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen((o) => !o)}>
          {open ? "Hide data table" : "Show data table"}
        </button>
      </div>
      <div id={tableId} hidden={!open}>
        {data && (
          <div className="table-scroll plot-table" tabIndex={0} role="region" aria-label={data.caption}>
            <table>
              <caption>{data.caption}</caption>
              <thead>
                <tr>
                  {data.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((v, j) =>
                      j === 0 ? (
                        <th key={j} scope="row">
                          {typeof v === "number" ? fmt(v) : v}
                        </th>
                      ) : (
                        <td key={j}>{typeof v === "number" ? fmt(v) : v}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </figure>
  );
}

/** A labelled native range input with its value shown next to it. */
export function Slider(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (v: number) => void;
  format?: (v: number) => string;
  valueText?: string;
  name?: string;
}) {
  const id = useId();
  const shown = props.format ? props.format(props.value) : fmt(props.value);
  return (
    <div className="plot-control plot-slider">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        name={props.name}
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={props.valueText ?? shown}
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      />
      <output htmlFor={id}>{shown}</output>
    </div>
  );
}

export function Select<T extends string>(props: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange: (v: T) => void }) {
  const id = useId();
  return (
    <div className="plot-control plot-select">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkbox(props: { label: ReactNode; checked: boolean; onChange: (v: boolean) => void; swatch?: string }) {
  return (
    <label className="plot-control plot-check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      {props.swatch && <span className="plot-swatch" style={{ background: props.swatch }} aria-hidden="true" />}
      <span>{props.label}</span>
    </label>
  );
}

export interface Series {
  key: string;
  label: string;
  color: string;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  dashed?: boolean;
  step?: boolean;
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}
export const DEFAULT_FRAME: Frame = { width: 640, height: 340, left: 56, right: 16, top: 14, bottom: 44 };

/** Maps a pointer position to SVG user coordinates. */
export function svgPoint(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } | null {
  const m = svg.getScreenCTM();
  if (!m) return null;
  const pt = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
  return { x: pt.x, y: pt.y };
}

/** Grid lines, ticks and axis labels. */
export const Axes = memo(function Axes(props: { frame: Frame; sx: Scale; sy: Scale; xTicks: number[]; yTicks: number[]; xLabel: string; yLabel: string; yFormat?: (v: number) => string; xFormat?: (v: number) => string }) {
  const { frame: f, sx, sy } = props;
  const x0 = f.left;
  const x1 = f.width - f.right;
  const y0 = f.height - f.bottom;
  const y1 = f.top;
  return (
    <g className="plot-axes" aria-hidden="true">
      {props.xTicks.map((t) => (
        <g key={`x${t}`}>
          <line className={t === 0 ? "plot-zero" : "plot-grid"} x1={sx(t)} x2={sx(t)} y1={y0} y2={y1} />
          <text className="plot-tick" x={sx(t)} y={y0 + 16} textAnchor="middle">
            {(props.xFormat ?? fmt)(t)}
          </text>
        </g>
      ))}
      {props.yTicks.map((t) => (
        <g key={`y${t}`}>
          <line className={t === 0 ? "plot-zero" : "plot-grid"} x1={x0} x2={x1} y1={sy(t)} y2={sy(t)} />
          <text className="plot-tick" x={x0 - 6} y={sy(t) + 4} textAnchor="end">
            {(props.yFormat ?? fmt)(t)}
          </text>
        </g>
      ))}
      <rect className="plot-frame" x={x0} y={y1} width={x1 - x0} height={y0 - y1} />
      <text className="plot-label" x={(x0 + x1) / 2} y={f.height - 6} textAnchor="middle">
        {props.xLabel}
      </text>
      <text className="plot-label" transform={`translate(14 ${(y0 + y1) / 2}) rotate(-90)`} textAnchor="middle">
        {props.yLabel}
      </text>
    </g>
  );
});

const SeriesPath = memo(function SeriesPath({ s, sx, sy, yDomain }: { s: Series; sx: Scale; sy: Scale; yDomain: [number, number] }) {
  const d = useMemo(() => (s.step ? stepPath(s.xs, s.ys, sx, sy) : linePath(s.xs, s.ys, sx, sy, yDomain)), [s, sx, sy, yDomain]);
  return <path className="plot-line" data-series={s.key} d={d} stroke={s.color} strokeDasharray={s.dashed ? "6 4" : undefined} />;
});

/**
 * A line plot of several series over a shared x range, with a movable readout line. Pointer movement over the
 * plot reports the x under the pointer through `onHover`.
 */
export function LinePlot(props: {
  frame?: Frame;
  series: Series[];
  xDomain: [number, number];
  yDomain?: [number, number];
  xLabel: string;
  yLabel: string;
  labelledBy: string;
  describedBy: string;
  hoverX?: number | null;
  onHover?: (x: number) => void;
  markers?: { key: string; x: number; y: number; color: string }[];
  yFormat?: (v: number) => string;
  xFormat?: (v: number) => string;
  yTicks?: number[];
  children?: (sx: Scale, sy: Scale) => ReactNode;
}) {
  const f = props.frame ?? DEFAULT_FRAME;
  const clipId = `clip-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const yDomain = useMemo<[number, number]>(() => {
    if (props.yDomain) return props.yDomain;
    return extent(props.series.flatMap((s) => Array.from(s.ys)));
  }, [props.yDomain, props.series]);
  const [y0, y1] = yDomain;
  const sx = useMemo(() => linearScale(props.xDomain[0], props.xDomain[1], f.left, f.width - f.right), [props.xDomain, f]);
  const sy = useMemo(() => linearScale(y0, y1, f.height - f.bottom, f.top), [y0, y1, f]);
  const xTicks = useMemo(() => niceTicks(props.xDomain[0], props.xDomain[1], 8), [props.xDomain]);
  const yTicks = useMemo(() => props.yTicks ?? niceTicks(y0, y1, 6), [props.yTicks, y0, y1]);
  const domain = useMemo<[number, number]>(() => [y0, y1], [y0, y1]);
  const svgRef = useRef<SVGSVGElement>(null);
  const { onHover, xDomain } = props;
  const onPointerMove = useCallback(
    (e: React.PointerEvent<SVGSVGElement>) => {
      if (!onHover || !svgRef.current) return;
      const p = svgPoint(svgRef.current, e.clientX, e.clientY);
      if (!p) return;
      const x = xDomain[0] + ((p.x - f.left) / (f.width - f.left - f.right)) * (xDomain[1] - xDomain[0]);
      onHover(Math.min(xDomain[1], Math.max(xDomain[0], x)));
    },
    [onHover, xDomain, f],
  );
  return (
    <svg
      ref={svgRef}
      className="plot-svg"
      viewBox={`0 0 ${f.width} ${f.height}`}
      role="img"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      onPointerMove={onPointerMove}
      onPointerDown={onPointerMove}
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={f.left} y={f.top} width={f.width - f.left - f.right} height={f.height - f.top - f.bottom} />
        </clipPath>
      </defs>
      <Axes frame={f} sx={sx} sy={sy} xTicks={xTicks} yTicks={yTicks} xLabel={props.xLabel} yLabel={props.yLabel} yFormat={props.yFormat} xFormat={props.xFormat} />
      <g clipPath={`url(#${clipId})`}>
        {props.series.map((s) => (
          <SeriesPath key={s.key} s={s} sx={sx} sy={sy} yDomain={domain} />
        ))}
        {props.children?.(sx, sy)}
        {props.hoverX != null && <line className="plot-cursor" x1={sx(props.hoverX)} x2={sx(props.hoverX)} y1={f.top} y2={f.height - f.bottom} />}
        {props.markers?.map((m) =>
          Number.isFinite(m.y) ? <circle key={m.key} className="plot-marker" cx={sx(m.x)} cy={sy(Math.min(y1 + (y1 - y0), Math.max(y0 - (y1 - y0), m.y)))} r={4} fill={m.color} /> : null,
        )}
      </g>
    </svg>
  );
}

/** Accepts an MDX prop given as an array or a comma-separated string. */
export function listProp(v: string | readonly string[] | undefined): string[] {
  if (v == null) return [];
  return (typeof v === "string" ? v.split(",") : [...v]).map((s) => s.trim()).filter(Boolean);
}
