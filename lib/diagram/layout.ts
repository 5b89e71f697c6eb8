import { slugify } from "../content/slug";
import { matchLink, type LinkLookup, type LinkTarget } from "./link";
import type { BoxStyle, DiagramModel, Dir, TextRun } from "./types";

/** Geometry of the drawing. Text sits on the grid: every grapheme is centred on its own cells. */
export interface LayoutOptions {
  /** Width of one grid column in px (a monospace advance). */
  cellWidth?: number;
  /** Height of one row in px. */
  lineHeight?: number;
  fontSize?: number;
  /** Box label → entry. */
  lookup?: LinkLookup;
  /** Prefix of the boxes' anchor ids, unique on the page: "diagram-41" gives "diagram-41-token-embed". */
  idPrefix?: string;
  /** Accessible name of the whole diagram; defaults to its first box label. */
  title?: string;
}

/** One <text>: each character has its own x (the centre of its cells), so nothing drifts. */
export interface RText {
  x: number[];
  y: number;
  text: string;
  cls: string;
  /** Part of the box's link (its heading row, when only the heading names an entry). */
  link?: boolean;
}

export interface RBox {
  id: string;
  anchor: string;
  kind: "box" | "cell";
  style: BoxStyle;
  depth: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The first label line: the box's accessible name. */
  name: string;
  link?: LinkTarget;
  /** The link covers the whole box (its whole label matched), or only its heading row. */
  linkWhole?: boolean;
  /** Nets (drawings) touching the box. */
  nets: number[];
  texts: RText[];
  /** Path data of the inner rules that split the box into cells. */
  rules?: string;
}

export interface REdge {
  net: number;
  boxes: string[];
  edges: string[];
  /** SVG path data of the lines, and of each arrowhead. */
  d: string;
  heads: string[];
  label?: string;
}

export interface RenderTree {
  width: number;
  height: number;
  fontSize: number;
  title: string;
  idPrefix: string;
  boxes: RBox[];
  edges: REdge[];
  texts: RText[];
  /** Path data of the diagonal marks (╱ ╲ ╳). */
  diagonals: string;
}

export const DEFAULTS = { cellWidth: 8, lineHeight: 16, fontSize: 13, pad: 4 };
const HEAD_LENGTH = 6.5;
const HEAD_HALF_WIDTH = 3.5;

const round = (n: number) => Math.round(n * 100) / 100;

/** What a grapheme is printed as: controls as their Control Pictures, unpaired surrogates as U+FFFD. */
export function displayText(text: string): string {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    if (c >= 0x20 && c !== 0x7f && (c < 0xd800 || c > 0xdfff) && c < 0xfffe) return text;
  }
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, (ch) => {
    const cp = ch.charCodeAt(0);
    if (cp < 0x20) return String.fromCharCode(0x2400 + cp);
    if (cp === 0x7f) return "\u2421";
    return "\ufffd";
  });
}

/** Anchor ids: the prefix and the slug of the first label line, numbered from the second use on. */
function labelAnchor(prefix: string, label: string | undefined, fallback: string, used: { counts: Map<string, number>; taken: Set<string> }): string {
  let words = (label ?? "").slice(0, 60);
  if ((label ?? "").length > 60) words = words.replace(/\s+\S*$/, "");
  // NFKC first: "nₖ" becomes "nk", as an id must be an XML name ("ₖ" is not a name character).
  const base = `${prefix}-${slugify(words.normalize("NFKC")) || fallback}`;
  let n = (used.counts.get(base) ?? 0) + 1;
  let id = n === 1 ? base : `${base}-${n}`;
  while (used.taken.has(id)) id = `${base}-${++n}`;
  used.counts.set(base, n);
  used.taken.add(id);
  return id;
}

export function layoutDiagram(model: DiagramModel, options: LayoutOptions = {}): RenderTree {
  const cw = options.cellWidth ?? DEFAULTS.cellWidth;
  const lh = options.lineHeight ?? DEFAULTS.lineHeight;
  const fontSize = options.fontSize ?? DEFAULTS.fontSize;
  const pad = DEFAULTS.pad;
  const idPrefix = options.idPrefix ?? "diagram";
  const px = (col: number) => round(pad + col * cw);
  const py = (row: number) => round(pad + row * lh);

  const textsOf = (run: TextRun): RText[] => {
    const cls = run.kind === "edge-label" ? "d-t d-el" : run.kind === "fallback" ? "d-t d-fb" : "d-t";
    const y = round(pad + (run.row + 0.5) * lh + fontSize * 0.35);
    const out: RText[] = [];
    let cur: RText | null = null;
    for (const g of run.glyphs) {
      const text = displayText(g.text);
      const x = px(g.col + g.width / 2);
      // One UTF-16 unit per x value: longer clusters (emoji, combining marks) get a <text> of their own.
      if (text.length === 1 && text !== "\t") {
        if (!cur) out.push((cur = { x: [], y, text: "", cls }));
        cur.x.push(x);
        cur.text += text;
      } else {
        cur = null;
        if (text.trim()) out.push({ x: [x], y, text, cls: `${cls} d-mark` });
      }
    }
    return out
      .map((t) => {
        if (t.x.length === 1 && t.text.length > 1) return t; // one cluster: kept whole
        // Trim spaces at either end of a run (they carry no ink) together with their x values.
        const lead = t.text.length - t.text.trimStart().length;
        const kept = t.text.trim();
        return { ...t, text: kept, x: t.x.slice(lead, lead + kept.length) };
      })
      .filter((t) => t.text.length > 0);
  };

  const byId = new Map(model.boxes.map((b) => [b.id, b]));
  const depthOf = new Map<string, number>();
  const depth = (id: string): number => {
    const known = depthOf.get(id);
    if (known !== undefined) return known;
    const b = byId.get(id)!;
    const parent = b.parent ? depth(b.parent) : -1;
    const d = b.kind === "cell" ? Math.max(parent, 0) : parent + 1;
    depthOf.set(id, d);
    return d;
  };

  const netsOfBox = new Map<string, number[]>();
  for (const n of model.nets) {
    for (const b of n.boxes) {
      const list = netsOfBox.get(b);
      if (list) list.push(n.id);
      else netsOfBox.set(b, [n.id]);
    }
  }

  const used = { counts: new Map<string, number>(), taken: new Set<string>() };
  const boxes: RBox[] = model.boxes.map((b, i) => {
    const link = b.kind === "box" || b.label.length ? matchLink(b.label, options.lookup) : undefined;
    const out: RBox = {
      id: b.id,
      anchor: labelAnchor(idPrefix, b.label[0], `box-${i + 1}`, used),
      kind: b.kind,
      style: b.style,
      depth: depth(b.id),
      x: px(b.bounds.left + 0.5),
      y: py(b.bounds.top + 0.5),
      w: round((b.bounds.right - b.bounds.left) * cw),
      h: round((b.bounds.bottom - b.bounds.top) * lh),
      name: b.label[0] ?? (b.kind === "cell" ? "Cell" : "Box"),
      nets: netsOfBox.get(b.id) ?? [],
      texts: [],
    };
    if (link) {
      out.link = link.target;
      out.linkWhole = link.whole;
    }
    if (b.rules?.length) out.rules = b.rules.map(([x1, y1, x2, y2]) => `M${px(x1)} ${py(y1)}L${px(x2)} ${py(y2)}`).join("");
    return out;
  });
  const boxById = new Map(boxes.map((b) => [b.id, b]));
  const headingRow = new Map<string, number>();
  for (const run of model.texts) if (run.box && !headingRow.has(run.box)) headingRow.set(run.box, run.row);
  const texts: RText[] = [];
  for (const run of model.texts) {
    const target = run.box ? boxById.get(run.box) : undefined;
    const rts = textsOf(run);
    if (target?.link && !target.linkWhole && headingRow.get(target.id) === run.row) for (const t of rts) t.link = true;
    (target ? target.texts : texts).push(...rts);
  }
  const diagonals = model.marks
    .map((m) => {
      const x0 = pad + m.col * cw;
      const y0 = pad + m.row * lh;
      const up = `M${round(x0)} ${round(y0 + lh)}L${round(x0 + cw)} ${round(y0)}`;
      const down = `M${round(x0)} ${round(y0)}L${round(x0 + cw)} ${round(y0 + lh)}`;
      return m.text === "╱" ? up : m.text === "╲" ? down : up + down;
    })
    .join("");

  const edgesOfNet = new Map<number, { ids: string[]; label?: string }>();
  for (const e of model.edges) {
    const entry = edgesOfNet.get(e.net) ?? { ids: [] };
    entry.ids.push(e.id);
    if (e.label && !entry.label) entry.label = e.label;
    edgesOfNet.set(e.net, entry);
  }
  const edges: REdge[] = model.nets.map((net) => {
    const tips = net.heads.map((h) => ({ x: h.tip[0], y: h.tip[1], dir: h.dir }));
    const tipAt = new Map<string, Dir[]>();
    for (const t of tips) {
      const key = `${t.x},${t.y}`;
      const list = tipAt.get(key);
      if (list) list.push(t.dir);
      else tipAt.set(key, [t.dir]);
    }
    // Lines stop short of an arrowhead's tip so that the head, not the line's end, makes the point.
    const shorten = HEAD_LENGTH * 0.6;
    const horizontal = new Map<number, [number, number][]>();
    const vertical = new Map<number, [number, number][]>();
    for (const [x1, y1, x2, y2] of net.segments) {
      let a = y1 === y2 ? Math.min(x1, x2) * cw : Math.min(y1, y2) * lh;
      let b = y1 === y2 ? Math.max(x1, x2) * cw : Math.max(y1, y2) * lh;
      for (const [x, y] of [
        [x1, y1],
        [x2, y2],
      ] as const) {
        for (const dir of tipAt.get(`${x},${y}`) ?? []) {
          if (y1 === y2 && dir === "e" && x * cw === b) b -= shorten;
          if (y1 === y2 && dir === "w" && x * cw === a) a += shorten;
          if (x1 === x2 && dir === "s" && y * lh === b) b -= shorten;
          if (x1 === x2 && dir === "n" && y * lh === a) a += shorten;
        }
      }
      const map = y1 === y2 ? horizontal : vertical;
      const key = y1 === y2 ? y1 : x1;
      const list = map.get(key);
      if (list) list.push([a, b]);
      else map.set(key, [[a, b]]);
    }
    const parts: string[] = [];
    const merged = (list: [number, number][]) => {
      list.sort((p, q) => p[0] - q[0]);
      const out: [number, number][] = [];
      for (const seg of list) {
        const last = out[out.length - 1];
        if (last && seg[0] <= last[1] + 0.01) last[1] = Math.max(last[1], seg[1]);
        else out.push([seg[0], seg[1]]);
      }
      return out;
    };
    for (const [y, list] of horizontal) for (const [a, b] of merged(list)) parts.push(`M${round(pad + a)} ${round(pad + y * lh)}H${round(pad + b)}`);
    for (const [x, list] of vertical) for (const [a, b] of merged(list)) parts.push(`M${round(pad + x * cw)} ${round(pad + a)}V${round(pad + b)}`);
    const heads = tips.map((t) => arrowHead(pad + t.x * cw, pad + t.y * lh, t.dir));
    const out: REdge = {
      net: net.id,
      boxes: net.boxes,
      edges: edgesOfNet.get(net.id)?.ids ?? [],
      d: parts.join(""),
      heads,
    };
    const label = edgesOfNet.get(net.id)?.label;
    if (label) out.label = label;
    return out;
  });

  const firstText = model.texts.find((t) => /\p{L}/u.test(t.text))?.text;
  const title = options.title ?? `Diagram: ${boxes.find((b) => b.name !== "Box" && b.name !== "Cell")?.name ?? firstText ?? "box diagram"}`;
  return {
    width: round(model.cols * cw + 2 * pad),
    height: round(model.rows * lh + 2 * pad),
    fontSize,
    title,
    idPrefix,
    boxes,
    edges,
    texts,
    diagonals,
  };
}

function arrowHead(x: number, y: number, dir: Dir): string {
  const [dx, dy] = dir === "e" ? [1, 0] : dir === "w" ? [-1, 0] : dir === "s" ? [0, 1] : [0, -1];
  const bx = x - dx * HEAD_LENGTH;
  const by = y - dy * HEAD_LENGTH;
  const p1 = [bx + dy * HEAD_HALF_WIDTH, by - dx * HEAD_HALF_WIDTH];
  const p2 = [bx - dy * HEAD_HALF_WIDTH, by + dx * HEAD_HALF_WIDTH];
  return `M${round(x)} ${round(y)}L${round(p1[0]!)} ${round(p1[1]!)}L${round(p2[0]!)} ${round(p2[1]!)}Z`;
}
