import { formatCount, formatShape } from "./format";
import type { ViewEdge, ViewGraph, ViewNode } from "./graph";
import { CHAR_W, edgeLabel, FONT, headerText, moduleSubline, textWidth, type ElkNode } from "./layout";

/**
 * Draws a laid-out traced model as SVG markup: open modules as boxes with their name, attribute,
 * parameter count and repeat count in the header; steps as small boxes (bookkeeping steps dashed);
 * the model's inputs and outputs as pills; each edge labelled with the shape of the tensor it carries.
 * Colours come from CSS classes (components/trace/trace.css, the theme's variables). Every node and
 * edge carries what the page's script shows on hover or focus (shape, dtype, parameters, block lines)
 * as data attributes, and a <title> that browsers show without the script. Nodes naming an entry
 * are links to it. Pure: strings in, string out, used at build time and by the page's script.
 */

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const r1 = (n: number) => Math.round(n * 10) / 10;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TraceSvg {
  svg: string;
  width: number;
  height: number;
}

function boxesOf(layout: ElkNode): Map<string, Box> {
  const out = new Map<string, Box>();
  const walk = (n: ElkNode) => {
    for (const c of n.children ?? []) {
      out.set(c.id, { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
      walk(c);
    }
  };
  walk(layout);
  return out;
}

function allNodes(view: ViewGraph): ViewNode[] {
  const out: ViewNode[] = [];
  const walk = (n: ViewNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  view.roots.forEach(walk);
  return out;
}

function tensorText(e: ViewEdge | undefined): string {
  return e ? `${formatShape(e.shape)} ${e.dtype}` : "";
}

/** What a node's title and data attributes say about it. */
export function describeNode(n: ViewNode, out: ViewEdge | undefined, into: ViewEdge | undefined): { title: string; data: Record<string, string> } {
  const data: Record<string, string> = { node: n.id, kind: n.kind, label: headerText(n) };
  const parts = [data.label!];
  if (n.sub) {
    data.sub = n.sub;
    parts[0] += ` (${n.sub})`;
  }
  if (n.qual) data.qual = n.qual;
  if (n.params !== undefined) {
    data.params = String(n.params);
    parts.push(`${formatCount(n.params)} parameters`);
  }
  if (into) {
    data.in = tensorText(into);
    parts.push(`in ${data.in}`);
  }
  if (out) {
    data.out = tensorText(out);
    parts.push(`out ${data.out}`);
  }
  // (A folded model can hold thousands of steps: the tooltip names the first few.)
  if (n.ops?.length && n.kind === "module") data.ops = n.ops.slice(0, 12).join(" ") + (n.ops.length > 12 ? ` …(${n.ops.length} steps)` : "");
  if (n.lines.length) {
    data.lines = n.lines.slice(0, 6).join(" ");
    parts.push(`line ${n.lines[0]} of the code`);
  }
  if (n.link) data.entry = n.link.title;
  return { title: parts.join("; "), data };
}

const dataAttrs = (data: Record<string, string>) =>
  Object.entries(data)
    .map(([k, v]) => ` data-${k}="${esc(v)}"`)
    .join("");

function toggleButton(n: ViewNode, b: Box, open: boolean, prefix: string): string {
  const x = b.x + b.width - 22;
  const y = open ? b.y + 6 : b.y + (b.height - 18) / 2;
  const label = `${open ? "Close" : "Open"} ${n.label}${n.sub ? ` (${n.sub})` : ""}`;
  return (
    `<g class="trace-toggle" role="button" tabindex="0" data-toggle="${n.id}" aria-expanded="${open}" aria-label="${esc(label)}" id="${prefix}-t-${n.id}">` +
    `<rect x="${r1(x)}" y="${r1(y)}" width="16" height="18" rx="3"/>` +
    `<text x="${r1(x + 8)}" y="${r1(y + 13)}" text-anchor="middle">${open ? "−" : "+"}</text></g>`
  );
}

export function renderTraceSvg(view: ViewGraph, layout: ElkNode, options: { idPrefix: string; title: string }): TraceSvg {
  const p = options.idPrefix;
  const boxes = boxesOf(layout);
  const width = Math.ceil(layout.width ?? 0);
  const height = Math.ceil(layout.height ?? 0);
  const firstOut = new Map<string, ViewEdge>();
  const firstIn = new Map<string, ViewEdge>();
  for (const e of view.edges) {
    if (!firstOut.has(e.from)) firstOut.set(e.from, e);
    if (!firstIn.has(e.to)) firstIn.set(e.to, e);
  }
  const nodes = allNodes(view);
  const boxesSvg: string[] = [];
  /**
   * Open modules' names, drawn over the edges with a halo in the box's colour: edges into a box's steps
   * run down through its header, and it is the edge that is interrupted, not the name. Their box's
   * <title> names them to assistive technology, and pointer events pass through to the box.
   */
  const headsSvg: string[] = [];
  const stepsSvg: string[] = [];
  /** The node each entry of stepsSvg draws. */
  const stepIds: string[] = [];
  for (const n of nodes) {
    const b = boxes.get(n.id);
    if (!b) continue;
    const { title, data } = describeNode(n, firstOut.get(n.id), firstIn.get(n.id));
    const attrs = dataAttrs(data);
    const t = `<title>${esc(title)}</title>`;
    const wrap = (inner: string, cls: string, role = "") => {
      const g = `<g class="${cls}"${role ? ` role="${role}"` : ""}${attrs} tabindex="-1" id="${p}-${n.id}">${t}${inner}</g>`;
      if (!n.link) return g;
      // The link is named by its own <title>, which starts with the words the node shows (label in name,
      // WCAG 2.5.3); an aria-label is compared by checkers (axe) with the node's <text> lines run together.
      const shown = [...inner.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.trim()).filter(Boolean).join(" ");
      const name = `${shown ? `${shown}: ` : ""}${esc(title)}. Go to ${esc(n.link.title)}`;
      return `<a href="/entries/${esc(n.link.slug)}" class="trace-link"><title>${name}</title>${g.replace(' tabindex="-1"', "")}</a>`;
    };
    if (n.kind === "module" && n.open) {
      // ELK keeps a box as wide as its steps need, not always its header: the header drops what does not fit.
      const room = b.width - 20 - (n.toggle ? 24 : 0);
      let head = headerText(n);
      if (textWidth(head) > room) head = head.slice(0, Math.max(1, Math.floor(room / CHAR_W) - 1)) + "…";
      const subs = [moduleSubline(n), n.params ? `${formatCount(n.params)} params` : ""];
      const sub = subs.find((t) => textWidth(head) + 8 + t.length * CHAR_W * (10 / FONT) <= room) ?? "";
      const inner = `<rect class="trace-box" x="${r1(b.x)}" y="${r1(b.y)}" width="${r1(b.width)}" height="${r1(b.height)}" rx="6"/>`;
      headsSvg.push(`<text class="trace-head" x="${r1(b.x + 10)}" y="${r1(b.y + 19)}">${esc(head)}${sub ? `<tspan class="trace-sub" dx="8">${esc(sub)}</tspan>` : ""}</text>`);
      // A group named by its <title> (its drawn name is in the heads layer, over the edges).
      boxesSvg.push(wrap(inner, `trace-module trace-module--open${n.count ? " trace-repeat" : ""}`, "group") + (n.toggle ? toggleButton(n, b, true, p) : ""));
      continue;
    }
    if (n.kind === "module") {
      const sub = moduleSubline(n);
      const cx = b.x + (b.width - (n.toggle ? 22 : 0)) / 2;
      const inner =
        (n.count ? `<rect class="trace-stack" x="${r1(b.x + 4)}" y="${r1(b.y - 4)}" width="${r1(b.width)}" height="${r1(b.height)}" rx="5"/>` : "") +
        `<rect class="trace-node-box" x="${r1(b.x)}" y="${r1(b.y)}" width="${r1(b.width)}" height="${r1(b.height)}" rx="5"/>` +
        `<text class="trace-name" x="${r1(cx)}" y="${r1(b.y + (sub ? 16 : 23))}" text-anchor="middle">${esc(headerText(n))}</text>` +
        (sub ? `<text class="trace-sub" x="${r1(cx)}" y="${r1(b.y + 30)}" text-anchor="middle">${esc(sub)}</text>` : "");
      stepsSvg.push(wrap(inner, `trace-module trace-module--closed${n.link ? " trace-linked" : ""}`) + (n.toggle ? toggleButton(n, b, false, p) : ""));
      stepIds.push(n.id);
      continue;
    }
    const io = n.kind === "input" || n.kind === "output";
    const cls = io ? `trace-io trace-io--${n.kind}` : `trace-op${n.bookkeeping ? " trace-op--bookkeeping" : ""}${n.link ? " trace-linked" : ""}`;
    const inner =
      `<rect class="trace-node-box" x="${r1(b.x)}" y="${r1(b.y)}" width="${r1(b.width)}" height="${r1(b.height)}" rx="${io ? r1(b.height / 2) : 4}"/>` +
      `<text class="trace-name" x="${r1(b.x + b.width / 2)}" y="${r1(b.y + b.height / 2 + FONT * 0.35)}" text-anchor="middle">${esc(headerText(n))}</text>`;
    stepsSvg.push(wrap(inner, cls));
    stepIds.push(n.id);
  }
  const edgesSvg: string[] = [];
  for (const e of layout.edges ?? []) {
    const ve = view.edges.find((v) => v.id === e.id);
    const s = e.sections?.[0];
    if (!ve || !s) continue;
    const pts = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
    const d = pts.map((pt, i) => `${i ? "L" : "M"}${r1(pt.x)} ${r1(pt.y)}`).join(" ");
    const label = e.labels?.[0];
    const text = edgeLabel(ve.shape, ve.dtype);
    const data = dataAttrs({ edge: e.id, from: ve.from, to: ve.to, shape: formatShape(ve.shape), dtype: ve.dtype });
    edgesSvg.push(
      `<g class="trace-edge"${data}><title>${esc(`tensor ${formatShape(ve.shape)} ${ve.dtype}`)}</title>` +
        `<path d="${d}" marker-end="url(#${p}-arrow)"/>` +
        (label && label.x !== undefined && label.y !== undefined
          ? `<text class="trace-shape" x="${r1(label.x + 2)}" y="${r1(label.y + 11)}">${esc(text)}</text>`
          : "") +
        `</g>`,
    );
  }
  // One tab stop for the model's steps (a roving tab stop: the arrow keys move between them, see
  // components/trace/trace-controller.ts), so Tab does not walk every step of a large model; links and
  // the ± buttons keep their own. The first step in reading order holds it.
  const first = stepsSvg
    .map((g, i) => ({ i, g, b: boxes.get(stepIds[i]!) }))
    .filter((s) => s.b && s.g.includes(' tabindex="-1"'))
    .sort((a, c) => (Math.abs(a.b!.y - c.b!.y) > 4 ? a.b!.y - c.b!.y : a.b!.x - c.b!.x))[0];
  if (first) stepsSvg[first.i] = first.g.replace(' tabindex="-1"', ' tabindex="0"');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="trace-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="${esc(options.title)}" font-size="${FONT}">` +
    `<defs><marker id="${p}-arrow" viewBox="0 0 8 8" refX="7.5" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="trace-arrowhead" d="M0 0L8 4L0 8z"/></marker></defs>` +
    `<g class="trace-boxes">${boxesSvg.join("")}</g><g class="trace-edges">${edgesSvg.join("")}</g><g class="trace-heads" aria-hidden="true">${headsSvg.join("")}</g><g class="trace-steps">${stepsSvg.join("")}</g></svg>`;
  return { svg, width, height };
}
