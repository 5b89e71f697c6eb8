/**
 * Behaviour of the "What the code builds" figures (the SVG is drawn at build time and reads without
 * this script). Loaded, as /trace/trace.js, only by pages that have such a figure.
 * - Hover or focus on a step, module or edge: a tooltip with its shape, dtype, parameter count and the
 *   line of code it came from, and that line highlighted in the code block above.
 * - The model's steps are one tab stop: the arrow keys move between them in reading order (top to
 *   bottom, then left to right), Home and End to the first and last; linked steps are among them.
 * - Open or close a module (click, Enter or Space on its ± button): the model is laid out again with
 *   elkjs in a worker and redrawn with the same code the build used (./redraw.ts, /trace/redraw.js and
 *   /trace/elk-worker.js, fetched on the first toggle, with the entry's trace, /trace/data/<slug>.json).
 */
import { formatCount } from "../../lib/trace/format";
import type { Toggle } from "./redraw";
import { moveTitles } from "./titles";

let redrawer: Promise<Toggle> | undefined;

/** The redrawing code (lib/trace and elkjs's API, /trace/redraw.js), loaded on the first open or close. */
function loadRedraw(): Promise<Toggle> {
  redrawer ??= new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = "/trace/redraw.js";
    s.onload = () => resolve((self as unknown as { atlasTraceToggle: Toggle }).atlasTraceToggle);
    s.onerror = () => reject(new Error("could not load /trace/redraw.js"));
    document.head.append(s);
  });
  return redrawer;
}

/** The code block a figure belongs to: the nearest code figure before it. */
function codeOf(figure: HTMLElement): HTMLElement | undefined {
  let el = figure.previousElementSibling;
  while (el && !el.classList.contains("code-figure")) el = el.previousElementSibling;
  return (el as HTMLElement | null) ?? undefined;
}

function clearLines(figure: HTMLElement) {
  codeOf(figure)
    ?.querySelectorAll(".trace-line-hit")
    .forEach((l) => l.classList.remove("trace-line-hit"));
}

function markLines(figure: HTMLElement, lines: number[]) {
  clearLines(figure);
  const rows = codeOf(figure)?.querySelectorAll("pre code .line");
  if (!rows) return;
  for (const n of lines) rows[n - 1]?.classList.add("trace-line-hit");
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function tooltipHtml(el: HTMLElement | SVGElement): string {
  const d = (el as HTMLElement).dataset;
  const rows: string[] = [];
  if (d.edge !== undefined) {
    rows.push(`<b>${esc(d.shape ?? "")}</b> ${esc(d.dtype ?? "")}`);
    rows.push(`<span class="trace-tooltip-muted">tensor passed between two steps</span>`);
    return rows.join("<br>");
  }
  rows.push(`<b>${esc(d.label ?? "")}</b>${d.sub ? ` <span class="trace-tooltip-muted">${esc(d.sub)}</span>` : ""}`);
  if (d.qual && !d.qual.startsWith("__main__")) rows.push(`<span class="trace-tooltip-muted">${esc(d.qual.replace(/^torch\.nn\.modules\.\w+\./, "torch.nn."))}</span>`);
  if (d.params !== undefined) rows.push(`${formatCount(Number(d.params))} parameters (${Number(d.params).toLocaleString("en")})`);
  if (d.in) rows.push(`in: <b>${esc(d.in)}</b>`);
  if (d.out) rows.push(`out: <b>${esc(d.out)}</b>`);
  if (d.ops) rows.push(`<span class="trace-tooltip-muted">runs ${esc(d.ops.split(" ").slice(0, 8).join(", "))}${d.ops.split(" ").length > 8 ? ", …" : ""}</span>`);
  if (d.ops?.includes("…(")) rows.push(`<span class="trace-tooltip-muted">${esc(d.ops.slice(d.ops.indexOf("…(") + 2, -1))} in all</span>`);
  if (d.lines) rows.push(`line ${esc(d.lines.split(" ")[0]!)} of the code above`);
  if (d.entry) rows.push(`→ ${esc(d.entry)}`);
  return rows.join("<br>");
}

function tooltipOf(figure: HTMLElement): HTMLElement {
  let tip = figure.querySelector<HTMLElement>(".trace-tooltip");
  if (!tip) {
    tip = document.createElement("div");
    tip.className = "trace-tooltip";
    tip.setAttribute("role", "status");
    tip.hidden = true;
    figure.append(tip);
  }
  return tip;
}

function show(figure: HTMLElement, el: SVGElement) {
  const tip = tooltipOf(figure);
  tip.innerHTML = tooltipHtml(el);
  tip.hidden = false;
  const f = figure.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const left = Math.min(Math.max(8, r.left - f.left), Math.max(8, f.width - tip.offsetWidth - 8));
  const below = r.bottom - f.top + 6;
  tip.style.left = `${left}px`;
  tip.style.top = `${below + tip.offsetHeight > f.height && r.top - f.top > tip.offsetHeight + 6 ? r.top - f.top - tip.offsetHeight - 6 : below}px`;
  figure.querySelectorAll(".is-hot").forEach((x) => x.classList.remove("is-hot"));
  el.classList.add("is-hot");
  const id = (el as unknown as HTMLElement).dataset.node;
  if (id) figure.querySelectorAll(`[data-from="${id}"], [data-to="${id}"]`).forEach((x) => x.classList.add("is-hot"));
  const lines = (el as unknown as HTMLElement).dataset.lines?.split(" ").map(Number) ?? [];
  const edge = (el as unknown as HTMLElement).dataset.edge !== undefined ? figure.querySelector<HTMLElement>(`[data-node="${(el as unknown as HTMLElement).dataset.from}"]`) : null;
  markLines(figure, edge?.dataset.lines?.split(" ").map(Number) ?? lines);
  figure.dataset.hover = (el as unknown as HTMLElement).dataset.node ?? (el as unknown as HTMLElement).dataset.edge ?? "";
}

function hide(figure: HTMLElement) {
  const tip = figure.querySelector<HTMLElement>(".trace-tooltip");
  if (tip) tip.hidden = true;
  figure.querySelectorAll(".is-hot").forEach((x) => x.classList.remove("is-hot"));
  clearLines(figure);
  delete figure.dataset.hover;
}

/** The steps of one drawn model in reading order: what the arrow keys move between. */
function stepsOf(svg: SVGSVGElement): SVGElement[] {
  const steps = [...svg.querySelectorAll<SVGElement>("g[data-node][tabindex], a.trace-link")].map((el) => ({ el, r: el.getBoundingClientRect() }));
  // Rows: boxes whose tops are within a few pixels are one row, read left to right.
  steps.sort((a, b) => (Math.abs(a.r.top - b.r.top) > 4 ? a.r.top - b.r.top : a.r.left - b.r.left));
  return steps.map((s) => s.el);
}

/** Arrow keys, Home and End on a step: focus moves to another step, which takes the model's tab stop. */
function moveFocus(e: KeyboardEvent): void {
  const current = (e.target as Element).closest<SVGElement>("g[data-node][tabindex], a.trace-link");
  const svg = current?.closest<SVGSVGElement>("svg.trace-svg");
  if (!current || !svg) return;
  const steps = stepsOf(svg);
  const i = steps.indexOf(current);
  const next = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: steps.length - 1 }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  const target = steps[Math.max(0, Math.min(steps.length - 1, next))];
  if (!target || target === current) return;
  // A link is a tab stop of its own; the model's stop moves only to a step that is not one.
  if (target.matches("g[data-node]")) {
    for (const s of svg.querySelectorAll("g[data-node][tabindex]")) s.setAttribute("tabindex", "-1");
    target.setAttribute("tabindex", "0");
  }
  target.focus();
}

async function toggle(figure: HTMLElement, model: HTMLElement, id: string) {
  figure.dataset.busy = "";
  try {
    await (await loadRedraw())(figure, model, id);
  } catch (err) {
    const tip = figure.querySelector<HTMLElement>("[data-trace-tip]");
    if (tip) tip.textContent = `Could not redraw the diagram (${(err as Error).message}).`;
  } finally {
    delete figure.dataset.busy;
  }
}

function enhance(figure: HTMLElement) {
  if (figure.dataset.ready !== undefined) return;
  moveTitles(figure);
  const target = (e: Event) => (e.target as Element).closest<SVGElement>("[data-node], [data-edge]");
  figure.addEventListener("pointerover", (e) => {
    const el = target(e);
    if (el) show(figure, el);
  });
  figure.addEventListener("pointerleave", () => hide(figure));
  figure.addEventListener("focusin", (e) => {
    const el = target(e) ?? (e.target as Element).closest("a")?.querySelector<SVGElement>("[data-node]") ?? null;
    if (el) show(figure, el);
  });
  figure.addEventListener("focusout", () => hide(figure));
  const onToggle = (e: Event) => {
    const t = (e.target as Element).closest<SVGElement>("[data-toggle]");
    if (!t) return false;
    e.preventDefault();
    const model = t.closest<HTMLElement>(".trace-model");
    if (model && figure.dataset.busy === undefined) void toggle(figure, model, t.dataset.toggle!);
    return true;
  };
  figure.addEventListener("click", onToggle);
  figure.addEventListener("keydown", (e) => {
    if (e.key === "Escape") return hide(figure);
    if (e.key === "Enter" || e.key === " ") onToggle(e);
    else moveFocus(e);
  });
  const tip = figure.querySelector<HTMLElement>("[data-trace-tip]");
  if (tip) tip.textContent = "Hover or focus a step for its shape and line of code (arrow keys move between steps); ± opens or closes a module.";
  figure.dataset.ready = "";
}

function start() {
  document.querySelectorAll<HTMLElement>(".trace-figure").forEach(enhance);
  document.documentElement.dataset.traceReady = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
