"use client";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import { DEFAULT_MASK_PARAMS, MASK_PATTERNS, PATTERN_LABELS, alibiBias, buildMask, countPairs, oscillatingPhase, pairsByLength, rowKeys, type MaskParams, type MaskPattern } from "@/lib/plots/masks";
import { fmt } from "@/lib/plots/scale";
import { Checkbox, ExplorerFigure, LinePlot, Select, Slider, seriesColor, svgPoint, type Frame, type Series } from "./ui";
import "./plots.css";

const SIZE = 360;
const PAD = 26;
const N_MAX = 64;
const ALIASES: Record<string, MaskPattern> = {
  bidirectional: "full",
  "sliding-window": "sliding",
  longformer: "global-local",
  "random": "bigbird",
  "sparse": "strided",
  "prefix-lm": "prefix",
};
const resolvePattern = (s: string | undefined): MaskPattern => {
  const k = (s ?? "").trim().toLowerCase();
  return (MASK_PATTERNS as readonly string[]).includes(k) ? (k as MaskPattern) : (ALIASES[k] ?? "causal");
};
const WINDOWED: MaskPattern[] = ["sliding", "dilated", "global-local", "bigbird", "axial"];

/** "0–3, 7, 9–10": a compact list of key positions. */
function ranges(keys: number[]): string {
  const out: string[] = [];
  for (let k = 0; k < keys.length; ) {
    let e = k;
    while (e + 1 < keys.length && keys[e + 1] === keys[e]! + 1) e++;
    out.push(e === k ? `${keys[k]}` : `${keys[k]}–${keys[e]}`);
    k = e + 1;
  }
  return out.join(", ");
}

/** One path of horizontal runs of attended cells (much lighter than n² rectangles). */
function cellsPath(mask: Uint8Array, n: number, cell: number, only?: (i: number, j: number) => boolean): string {
  let d = "";
  const r = (v: number) => Math.round(v * 100) / 100;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; ) {
      if (!mask[i * n + j] || (only && !only(i, j))) {
        j++;
        continue;
      }
      let e = j;
      while (e + 1 < n && mask[i * n + e + 1] && (!only || only(i, e + 1))) e++;
      d += `M${r(PAD + j * cell)} ${r(PAD + i * cell)}h${r((e - j + 1) * cell)}v${r(cell)}h${r(-(e - j + 1) * cell)}z`;
      j = e + 1;
    }
  }
  return d;
}

const COST_FRAME: Frame = { width: 360, height: 220, left: 52, right: 12, top: 10, bottom: 40 };

export interface AttentionMaskExplorerProps {
  pattern?: string;
  n?: number;
  window?: number;
  causal?: boolean;
}

/** An n×n attention mask: which keys each query may attend to, with the attended-pair count against n². */
export default function AttentionMaskExplorer(props: AttentionMaskExplorerProps) {
  const [pattern, setPattern] = useState<MaskPattern>(() => resolvePattern(props.pattern));
  const [p, setP] = useState<MaskParams>(() => ({
    ...DEFAULT_MASK_PARAMS,
    n: Math.max(4, Math.min(N_MAX, Math.round(props.n ?? DEFAULT_MASK_PARAMS.n))),
    window: props.window ?? DEFAULT_MASK_PARAMS.window,
    causal: props.causal ?? false,
  }));
  const [row, setRow] = useState<number | null>(null);
  const set = useCallback(<K extends keyof MaskParams>(k: K, v: MaskParams[K]) => setP((q) => ({ ...q, [k]: v })), []);
  const titleId = useId();
  const descId = useId();
  const costTitleId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const n = p.n;
  const cell = (SIZE - PAD - 4) / n;
  const mask = useMemo(() => buildMask(pattern, p), [pattern, p]);
  const pairs = useMemo(() => countPairs(mask), [mask]);
  const onPath = useMemo(() => (pattern === "alibi" ? "" : cellsPath(mask, n, cell)), [pattern, mask, n, cell]);
  // ALiBi: one path per distance, shaded by exp(bias), i.e. the factor the bias multiplies the softmax weight by.
  const alibiPaths = useMemo(
    () => (pattern === "alibi" ? Array.from({ length: n }, (_, d) => ({ d, path: cellsPath(mask, n, cell, (i, j) => i - j === d), w: Math.exp(alibiBias(d, 0, p.slope)) })) : []),
    [pattern, mask, n, cell, p.slope],
  );
  const gridPath = useMemo(() => {
    if (n > 32) return "";
    let d = "";
    for (let k = 0; k <= n; k++) d += `M${PAD + k * cell} ${PAD}V${PAD + n * cell}M${PAD} ${PAD + k * cell}H${PAD + n * cell}`;
    return d;
  }, [n, cell]);
  const selRow = row != null && row < n ? row : null;
  const selKeys = useMemo(() => (selRow == null ? [] : rowKeys(mask, n, selRow)), [mask, n, selRow]);
  const rowPath = useMemo(() => (selRow == null ? "" : cellsPath(mask, n, cell, (i) => i === selRow)), [mask, n, cell, selRow]);

  // The cost curve: attended pairs for every length up to N_MAX, against n².
  const { n: _n, ...rest } = p;
  const costKey = JSON.stringify([pattern, rest]);
  const cost = useMemo(() => pairsByLength(pattern, p, N_MAX), [costKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const lengths = useMemo(() => Array.from({ length: N_MAX }, (_, k) => k + 1), []);
  const costSeries = useMemo<Series[]>(
    () => [
      { key: "full", label: "n² (full attention)", color: "var(--fg-muted)", xs: lengths, ys: lengths.map((k) => k * k), dashed: true },
      { key: pattern, label: PATTERN_LABELS[pattern], color: seriesColor(0), xs: lengths, ys: cost },
    ],
    [lengths, cost, pattern],
  );

  const pick = useCallback(
    (clientX: number, clientY: number) => {
      if (!svgRef.current) return;
      const pt = svgPoint(svgRef.current, clientX, clientY);
      if (!pt) return;
      const i = Math.floor((pt.y - PAD) / cell);
      const j = Math.floor((pt.x - PAD) / cell);
      if (i >= 0 && i < n && j >= -1 && j < n) setRow(i);
    },
    [cell, n],
  );

  const phase = pattern === "oscillating" ? ` (layer ${p.layer}: ${oscillatingPhase(p.layer)})` : "";
  const pct = (100 * pairs) / (n * n);
  const description =
    `${n}×${n} grid for ${PATTERN_LABELS[pattern]}${phase}: row i is a query, column j a key; a filled cell means query i attends to key j. ` +
    `${pairs} of ${n * n} pairs (${fmt(pct, 3)}%) are attended. ` +
    (pattern === "alibi" ? `Cell shading is exp(−m·(i − j)) with slope m = ${fmt(p.slope)}, the factor ALiBi's bias multiplies a softmax weight by. ` : "") +
    `The second plot shows the number of attended pairs for every sequence length up to ${N_MAX}, against n² for full attention. ` +
    (selRow != null ? `Selected query ${selRow} attends to keys ${ranges(selKeys)}.` : "Click a row, or use the query-row slider, to see what one query attends to.");

  const table = useCallback(() => {
    const rows: (string | number)[][] = [];
    for (let i = 0; i < n; i++) {
      const keys = rowKeys(mask, n, i);
      rows.push([`query ${i}`, keys.length, ranges(keys)]);
    }
    return { caption: `Keys attended by each query (${PATTERN_LABELS[pattern]}, n = ${n})`, columns: ["query", "keys attended", "key positions"], rows };
  }, [mask, n, pattern]);

  return (
    <ExplorerFigure kind="attention-mask" title="Attention-mask explorer" descId={descId} description={description} table={table}>
      <span id={titleId} className="visually-hidden">
        Attention mask: {PATTERN_LABELS[pattern]}
      </span>
      <div className="plot-layout">
        <div className="plot-main plot-main-split">
          <svg
            ref={svgRef}
            className="plot-svg plot-mask"
            viewBox={`0 0 ${SIZE} ${SIZE}`}
            role="img"
            aria-labelledby={titleId}
            aria-describedby={descId}
            data-query-row={selRow ?? ""}
            onClick={(e) => pick(e.clientX, e.clientY)}
          >
            <text className="plot-label" x={PAD + (n * cell) / 2} y={14} textAnchor="middle">
              key j →
            </text>
            <text className="plot-label" transform={`translate(14 ${PAD + (n * cell) / 2}) rotate(-90)`} textAnchor="middle">
              query i →
            </text>
            <rect className="mask-bg" x={PAD} y={PAD} width={n * cell} height={n * cell} />
            {pattern === "alibi" ? (
              alibiPaths.map((a) => (a.path ? <path key={a.d} className="mask-on" d={a.path} style={{ fillOpacity: Math.max(0.1, a.w) }} /> : null))
            ) : (
              <path className="mask-on" d={onPath} />
            )}
            {gridPath && <path className="mask-grid" d={gridPath} />}
            {selRow != null && (
              <>
                <rect className="mask-row-band" x={PAD} y={PAD + selRow * cell} width={n * cell} height={cell} />
                <path className="mask-row-keys" data-row={selRow} d={rowPath} />
              </>
            )}
          </svg>
          <div>
            <span id={costTitleId} className="visually-hidden">
              Attended pairs by sequence length
            </span>
            <LinePlot
              frame={COST_FRAME}
              series={costSeries}
              xDomain={[1, N_MAX]}
              yDomain={[0, N_MAX * N_MAX * 1.04]}
              xLabel="sequence length n"
              yLabel="attended pairs"
              labelledBy={costTitleId}
              describedBy={descId}
              markers={[{ key: "now", x: n, y: pairs, color: seriesColor(0) }]}
            />
            <p className="plot-legend">
              <span className="plot-swatch" style={{ background: seriesColor(0) }} aria-hidden="true" /> {PATTERN_LABELS[pattern]}{" "}
              <span className="plot-swatch plot-swatch-dashed" aria-hidden="true" /> n² (full)
            </p>
          </div>
          <div className="plot-readout" data-testid="readout" aria-live="polite">
            <span>
              <strong>{pairs}</strong> of n² = {n * n} pairs attended ({fmt(pct, 3)}%)
            </span>
            <span>{selRow != null ? `query ${selRow} → ${selKeys.length} keys: ${ranges(selKeys)}` : "no query row selected"}</span>
          </div>
        </div>
        <div className="plot-controls">
          <Select label="Pattern" value={pattern} options={MASK_PATTERNS.map((m) => ({ value: m, label: PATTERN_LABELS[m] }))} onChange={setPattern} />
          <Slider label="Sequence length n" value={n} min={4} max={N_MAX} step={1} onChange={(v) => set("n", v)} />
          {(pattern === "sliding" || pattern === "dilated" || pattern === "global-local" || pattern === "bigbird") && (
            <Slider label="Window w (each side)" value={p.window} min={0} max={16} step={1} onChange={(v) => set("window", v)} />
          )}
          {pattern === "dilated" && <Slider label="Dilation k" value={p.dilation} min={1} max={8} step={1} onChange={(v) => set("dilation", v)} />}
          {(pattern === "global-local" || pattern === "bigbird") && <Slider label="Global tokens g" value={p.globals} min={0} max={8} step={1} onChange={(v) => set("globals", v)} />}
          {pattern === "bigbird" && (
            <>
              <Slider label="Random keys per query r" value={p.random} min={0} max={8} step={1} onChange={(v) => set("random", v)} />
              <Slider label="Random seed" value={p.seed} min={1} max={99} step={1} onChange={(v) => set("seed", v)} />
            </>
          )}
          {pattern === "strided" && <Slider label="Stride l" value={p.stride} min={1} max={16} step={1} onChange={(v) => set("stride", v)} />}
          {pattern === "prefix" && <Slider label="Prefix length" value={p.prefix} min={0} max={n} step={1} onChange={(v) => set("prefix", v)} />}
          {pattern === "oscillating" && (
            <Slider label="Layer" value={p.layer} min={1} max={12} step={1} onChange={(v) => set("layer", v)} valueText={`layer ${p.layer}, ${oscillatingPhase(p.layer)}`} format={(v) => `${v} (${oscillatingPhase(v)})`} />
          )}
          {pattern === "axial" && (
            <>
              <Slider label="Grid width c" value={p.width} min={1} max={16} step={1} onChange={(v) => set("width", v)} />
              <Select
                label="Axis"
                value={p.axis}
                options={[
                  { value: "row", label: "row pass" },
                  { value: "column", label: "column pass" },
                  { value: "both", label: "row ∪ column" },
                ]}
                onChange={(v) => set("axis", v)}
              />
            </>
          )}
          {pattern === "alibi" && <Slider label="ALiBi slope m" value={p.slope} min={0.004} max={1} step={0.004} onChange={(v) => set("slope", v)} />}
          {WINDOWED.includes(pattern) && <Checkbox label="Causal (only j ≤ i)" checked={p.causal} onChange={(v) => set("causal", v)} />}
          <Slider
            label="Query row"
            value={selRow ?? 0}
            min={0}
            max={n - 1}
            step={1}
            onChange={setRow}
            format={() => (selRow == null ? "none" : String(selRow))}
            valueText={selRow == null ? "no row selected" : `query ${selRow} attends to ${selKeys.length} keys: ${ranges(selKeys)}`}
          />
        </div>
      </div>
    </ExplorerFigure>
  );
}
