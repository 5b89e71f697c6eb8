import { ASCII_STROKES, DIRS, E, N, S, W, arrowHeads, axisOf, isAlnum, strokesOf } from "./chars";
import { cellAt, type Grid } from "./grid";
import type { RawBox } from "./boxes";

const enum Kind {
  None = 0,
  Stroke = 1,
  Arrow = 2,
  AsciiStroke = 3,
  AsciiHead = 4,
}

export interface Attachment {
  box: number;
  /** The net cell touching the box, and the direction from it into the box's border. */
  cell: number;
  bit: number;
  role: "source" | "target" | "undirected";
}

export interface RawNet {
  cells: number[];
  heads: { cell: number; bit: number }[];
  attachments: Attachment[];
  /** Drawn as an edge; otherwise its characters stay text. */
  valid: boolean;
  /** Not valid because it looks like a broken drawing (reported, shown as text). */
  unrecognised: boolean;
  /** Not valid because it is the outline of a box that does not close (shown as text). */
  brokenBox?: boolean;
  hasArrow: boolean;
  /** Text cells next to the drawing that label it. */
  labelCells: number[];
  label?: string;
  /** Line segments [x1, y1, x2, y2] in cell units. */
  segments: [number, number, number, number][];
  /** Arrowheads with the point their tip reaches, in cell units. */
  tips: { cell: number; bit: number; tip: [number, number] }[];
}

export interface RawEdge {
  from: number;
  to: number;
  directed: boolean;
  net: number;
}

export interface NetScan {
  nets: RawNet[];
  edges: RawEdge[];
  /** Per cell: index of the valid net drawing it, or -1. */
  netOf: Int32Array;
  /** Per cell: index of the net whose label it is, or -1. */
  labelOf: Int32Array;
}

function isHorizontalStroke(ch: string): boolean {
  return (strokesOf(ch) & (E | W)) !== 0 || ch === "-" || ch === "=";
}

/** Strokes of every free cell: box-drawing lines, arrows, and ASCII lines and heads in context. */
function classify(g: Grid, claimed: Int32Array): { bits: Uint8Array; kind: Uint8Array; heads: Uint8Array } {
  const cols = g.cols;
  const bits = new Uint8Array(g.rows * cols);
  const kind = new Uint8Array(g.rows * cols);
  const heads = new Uint8Array(g.rows * cols);
  for (let r = 0; r < g.rows; r++) {
    const row = g.cells[r]!;
    for (let c = 0; c < row.length; c++) {
      const k = r * cols + c;
      if (claimed[k]! >= 0) continue;
      const ch = row[c]!;
      if (ch === " " || ch === "") continue;
      const u = strokesOf(ch);
      if (u) {
        bits[k] = u;
        kind[k] = Kind.Stroke;
        continue;
      }
      const h = arrowHeads(ch);
      if (h) {
        bits[k] = axisOf(h);
        kind[k] = Kind.Arrow;
        heads[k] = h;
        continue;
      }
      const a = ASCII_STROKES[ch];
      if (a) {
        bits[k] = a;
        kind[k] = Kind.AsciiStroke;
        continue;
      }
      let head = 0;
      if (ch === ">" && isHorizontalStroke(cellAt(g, r, c - 1))) head = E;
      else if (ch === "<" && isHorizontalStroke(cellAt(g, r, c + 1))) head = W;
      else if ((ch === "v" || ch === "V" || ch === "^") && !isAlnum(cellAt(g, r, c - 1)) && !isAlnum(cellAt(g, r, c + 1))) {
        const other = cellAt(g, r + (ch === "^" ? 1 : -1), c);
        const need = ch === "^" ? N : S;
        if (strokesOf(other) & need || other === "|" || other === "+") head = ch === "^" ? N : S;
      }
      if (head) {
        bits[k] = axisOf(head);
        kind[k] = Kind.AsciiHead;
        heads[k] = head;
      }
    }
  }
  // An arrow whose tail meets a line that lacks the matching stroke (┴ above ↓) still joins it.
  for (let k = 0; k < bits.length; k++) {
    if (kind[k] !== Kind.Arrow) continue;
    const r = Math.floor(k / cols);
    const c = k % cols;
    for (const d of DIRS) {
      if (!(bits[k]! & d.bit) || heads[k]! & d.bit) continue;
      const rn = r + d.dr;
      const cn = c + d.dc;
      if (rn < 0 || rn >= g.rows || cn < 0 || cn >= cols) continue;
      const kn = rn * cols + cn;
      if (kind[kn] === Kind.Stroke && !(bits[kn]! & d.opp)) bits[kn]! |= d.opp;
    }
  }
  return { bits, kind, heads };
}

export function findNets(g: Grid, claimed: Int32Array, boxes: RawBox[], failedCorners: number[]): NetScan {
  const cols = g.cols;
  const { bits, kind, heads } = classify(g, claimed);
  const comp = new Int32Array(g.rows * cols).fill(-1);
  const nets: RawNet[] = [];
  const failedSet = new Set(failedCorners);

  const inRect = (b: RawBox, k: number) => {
    const r = Math.floor(k / cols);
    const c = k % cols;
    return r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
  };

  for (let r = 0; r < g.rows; r++) {
    for (let c = 0; c < cols; c++) {
      const k0 = r * cols + c;
      if (!bits[k0] || comp[k0]! >= 0) continue;
      const id = nets.length;
      const cells: number[] = [];
      const stack = [k0];
      comp[k0] = id;
      while (stack.length) {
        const k = stack.pop()!;
        cells.push(k);
        const kr = Math.floor(k / cols);
        const kc = k % cols;
        for (const d of DIRS) {
          if (!(bits[k]! & d.bit)) continue;
          const rn = kr + d.dr;
          const cn = kc + d.dc;
          if (rn < 0 || rn >= g.rows || cn < 0 || cn >= cols) continue;
          const kn = rn * cols + cn;
          if (comp[kn]! >= 0 || !(bits[kn]! & d.opp)) continue;
          comp[kn] = id;
          stack.push(kn);
        }
      }
      cells.sort((a, b) => a - b);
      nets.push({ cells, heads: [], attachments: [], valid: false, unrecognised: false, hasArrow: false, labelCells: [], segments: [], tips: [] });
    }
  }

  const connected = (k: number, d: (typeof DIRS)[number]) => {
    const r = Math.floor(k / cols) + d.dr;
    const c = (k % cols) + d.dc;
    if (r < 0 || r >= g.rows || c < 0 || c >= cols) return -1;
    const kn = r * cols + c;
    return bits[k]! & d.bit && comp[kn] === comp[k] && bits[kn]! & d.opp ? kn : -1;
  };

  for (const net of nets) {
    let ascii = false;
    let corner = false;
    for (const k of net.cells) {
      const kd = kind[k]!;
      if (kd === Kind.AsciiStroke || kd === Kind.AsciiHead) ascii = true;
      if (kd === Kind.Arrow || kd === Kind.AsciiHead) {
        net.hasArrow = true;
        for (const d of DIRS) if (heads[k]! & d.bit) net.heads.push({ cell: k, bit: d.bit });
      }
      const b = bits[k]!;
      if (b !== (E | W) && b !== (N | S)) corner = true;
      // Where a stroke leaves the drawing into a box border, the drawing is attached to that box.
      const r = Math.floor(k / cols);
      const c = k % cols;
      for (const d of DIRS) {
        if (!(b & d.bit)) continue;
        const rn = r + d.dr;
        const cn = c + d.dc;
        if (rn < 0 || rn >= g.rows || cn < 0 || cn >= cols) continue;
        const bi = claimed[rn * cols + cn]!;
        if (bi < 0) continue;
        const box = boxes[bi]!;
        if ((kd === Kind.AsciiStroke || kd === Kind.AsciiHead) && inRect(box, k)) continue;
        net.attachments.push({ box: bi, cell: k, bit: d.bit, role: "undirected" });
      }
    }
    const size = net.cells.length;
    const attached = net.attachments.length > 0;
    if (ascii) net.valid = attached && size >= 2;
    else if (size === 1) {
      const k = net.cells[0]!;
      const r = Math.floor(k / cols);
      const c = k % cols;
      if (kind[k] === Kind.Arrow && bits[k] === (N | S)) net.valid = attached || (!isAlnum(cellAt(g, r, c - 1)) && !isAlnum(cellAt(g, r, c + 1)));
      else net.valid = attached;
    } else if (!net.hasArrow && !attached && corner) {
      // A broken drawing: shown as text. A box that did not close is reported as such, elsewhere.
      if (net.cells.some((k) => failedSet.has(k))) net.brokenBox = true;
      else net.unrecognised = true;
    } else net.valid = true;
  }

  // Roles: follow the drawing from where it touches a box to the nearest arrowhead.
  for (const net of nets) {
    if (!net.valid || !net.hasArrow) continue;
    for (const a of net.attachments) {
      const h = heads[a.cell]!;
      if (h) {
        a.role = h & a.bit && !(h & opposite(a.bit)) ? "target" : h & opposite(a.bit) && !(h & a.bit) ? "source" : "undirected";
        continue;
      }
      const seen = new Set([a.cell]);
      let frontier = [a.cell];
      let role: Attachment["role"] | undefined;
      while (frontier.length && !role) {
        const next: number[] = [];
        for (const k of frontier) {
          for (const d of DIRS) {
            const kn = connected(k, d);
            if (kn < 0 || seen.has(kn)) continue;
            seen.add(kn);
            const hn = heads[kn]!;
            if (hn) {
              const away = (hn & d.bit) !== 0;
              const toward = (hn & d.opp) !== 0;
              role ??= away && !toward ? "source" : toward && !away ? "target" : "undirected";
            } else next.push(kn);
          }
        }
        frontier = next;
      }
      a.role = role ?? "undirected";
    }
  }

  // Edges between the boxes each drawing joins.
  const edges: RawEdge[] = [];
  nets.forEach((net, id) => {
    if (!net.valid) return;
    const uniq = (list: Attachment[]) => [...new Set(list.map((a) => a.box))];
    const seenPairs = new Set<string>();
    const add = (from: number, to: number, directed: boolean) => {
      if (from === to && from >= 0) return;
      const key = `${from},${to}`;
      if (seenPairs.has(key)) return;
      seenPairs.add(key);
      edges.push({ from, to, directed, net: id });
    };
    if (net.hasArrow) {
      const targets = uniq(net.attachments.filter((a) => a.role === "target"));
      const sources = uniq(net.attachments.filter((a) => a.role !== "target")).filter((b) => !targets.includes(b));
      const from = sources.length ? sources : [-1];
      if (targets.length) for (const s of from) for (const t of targets) add(s, t, true);
      else for (const s of from) add(s, -1, true);
    } else {
      const all = uniq(net.attachments);
      if (all.length >= 2) for (const b of all.slice(1)) add(all[0]!, b, false);
      else add(all[0] ?? -1, -1, false);
    }
  });

  // Geometry, in cell units (x = column, y = row; a cell's centre is at +0.5): each stroke runs from the
  // cell's centre to its neighbour's centre (another cell of the drawing, or the border line it joins),
  // or to the cell's edge where it ends in the open.
  nets.forEach((net, id) => {
    if (!net.valid) return;
    for (const k of net.cells) {
      const r = Math.floor(k / cols);
      const c = k % cols;
      const x = c + 0.5;
      const y = r + 0.5;
      for (const d of DIRS) {
        if (!(bits[k]! & d.bit)) continue;
        const rn = r + d.dr;
        const cn = c + d.dc;
        const inGrid = rn >= 0 && rn < g.rows && cn >= 0 && cn < cols;
        const kn = rn * cols + cn;
        let end: [number, number];
        if (inGrid && comp[kn] === id && bits[kn]! & d.opp) {
          if (d.bit === E || d.bit === S) net.segments.push([x, y, cn + 0.5, rn + 0.5]);
          end = [cn + 0.5, rn + 0.5];
        } else if (inGrid && net.attachments.some((a) => a.cell === k && a.bit === d.bit)) {
          end = [cn + 0.5, rn + 0.5];
          net.segments.push([x, y, end[0], end[1]]);
        } else {
          end = [x + d.dc * 0.5, y + d.dr * 0.5];
          net.segments.push([x, y, end[0], end[1]]);
        }
        if (heads[k]! & d.bit) net.tips.push({ cell: k, bit: d.bit, tip: end });
      }
    }
  });

  const netOf = new Int32Array(g.rows * cols).fill(-1);
  nets.forEach((net, id) => {
    if (net.valid) for (const k of net.cells) netOf[k] = id;
  });

  // Labels: the text beside a vertical drawing (to its right), or after / before a horizontal one.
  const labelOf = new Int32Array(g.rows * cols).fill(-1);
  const isText = (r: number, c: number) => {
    if (r < 0 || r >= g.rows || c < 0 || c >= cols) return false;
    const k = r * cols + c;
    const ch = cellAt(g, r, c);
    return ch !== " " && ch !== "╱" && ch !== "╲" && ch !== "╳" && claimed[k] === -1 && netOf[k] === -1 && labelOf[k] === -1;
  };
  const runRight = (r: number, c: number): number[] => {
    let x = c + 1;
    let spaces = 0;
    while (cellAt(g, r, x) === " " && spaces < 3) {
      x++;
      spaces++;
    }
    if (spaces < 1 || spaces > 2 || !isText(r, x)) return [];
    const out: number[] = [];
    for (;;) {
      if (isText(r, x)) out.push(r * cols + x++);
      else if (cellAt(g, r, x) === " " && isText(r, x + 1)) out.push(r * cols + x++);
      else break;
    }
    return out;
  };
  const runLeft = (r: number, c: number): number[] => {
    let x = c - 1;
    let spaces = 0;
    while (x >= 0 && cellAt(g, r, x) === " " && spaces < 3) {
      x--;
      spaces++;
    }
    if (spaces < 1 || spaces > 2 || !isText(r, x)) return [];
    const out: number[] = [];
    for (; x >= 0; ) {
      if (isText(r, x)) out.push(r * cols + x--);
      else if (cellAt(g, r, x) === " " && isText(r, x - 1)) out.push(r * cols + x--);
      else break;
    }
    // Drop a leading continuation cell that has no grapheme of its own.
    while (out.length && cellAt(g, Math.floor(out[out.length - 1]! / cols), out[out.length - 1]! % cols) === "") out.pop();
    return out.reverse();
  };
  nets.forEach((net, id) => {
    if (!net.valid) return;
    const rowsOf = new Set(net.cells.map((k) => Math.floor(k / cols)));
    let cells: number[] = [];
    if (rowsOf.size === 1) {
      const r = Math.floor(net.cells[0]! / cols);
      const minC = net.cells[0]! % cols;
      const maxC = net.cells[net.cells.length - 1]! % cols;
      cells = runRight(r, maxC);
      if (!cells.length) cells = runLeft(r, minC);
    } else {
      for (const k of net.cells) {
        if (bits[k] !== (N | S)) continue;
        cells = runRight(Math.floor(k / cols), k % cols);
        if (cells.length) break;
      }
    }
    // A label says something: punctuation or a lone marker next to an arrow stays plain text.
    if (!cells.some((k) => isAlnum(cellAt(g, Math.floor(k / cols), k % cols)))) return;
    for (const k of cells) labelOf[k] = id;
    net.labelCells = cells;
    net.label = cells.map((k) => cellAt(g, Math.floor(k / cols), k % cols)).join("").replace(/\s+/g, " ").trim();
  });

  return { nets, edges, netOf, labelOf };
}

function opposite(bit: number): number {
  return bit === N ? S : bit === S ? N : bit === E ? W : E;
}
