import { ASCII_STROKES, DIRS, E, N, S, W, arrowHeads, isRounded, strokesOf, weightOf } from "./chars";
import { cellAt, type Grid } from "./grid";
import type { BoxStyle, DiagramWarning } from "./types";

/** A box as found on the grid, before ids and nesting are assigned. */
export interface RawBox {
  kind: "box" | "cell";
  top: number;
  left: number;
  bottom: number;
  right: number;
  style: BoxStyle;
  ascii: boolean;
  /** Border column per interior row where it is not `right` (overrun, snapped) or `left`. */
  rowRight: Map<number, number>;
  rowLeft: Map<number, number>;
  /** Column of the bottom corners as found (they may be one off). */
  bottomLeft: number;
  bottomRight: number;
  /** Cells of the border (and of inner rules), as row * cols + col. */
  cells: number[];
  warnings: DiagramWarning[];
  defects: number;
  /** For a cell: index of the box it splits. */
  splitOf?: number;
  /** Inner rules as segments [x1, y1, x2, y2] in cell units (centre of a cell at +0.5). */
  rules?: [number, number, number, number][];
}

export interface BoxScan {
  boxes: RawBox[];
  /** Per cell: index of the box whose border or inner rule it is, or -1. */
  claimed: Int32Array;
  /** Top-left corners that looked like a box but did not close (as row * cols + col). */
  failed: number[];
  candidates: number;
}

const MAX_OVERRUN = 12;

function warn(out: DiagramWarning[], lineOffset: number, r: number, c: number, code: DiagramWarning["code"], message: string) {
  out.push({ line: r + 1 + lineOffset, column: c + 1, code, message });
}

interface Family {
  ascii: boolean;
  isH(ch: string): boolean;
  isV(ch: string): boolean;
  isTL(ch: string): boolean;
  isTR(ch: string): boolean;
  isBL(ch: string): boolean;
  isBR(ch: string): boolean;
}

const has = (ch: string, bits: number) => (strokesOf(ch) & bits) === bits;
const lacks = (ch: string, bits: number) => (strokesOf(ch) & bits) === 0;

const UNICODE: Family = {
  ascii: false,
  isH: (ch) => has(ch, E | W),
  isV: (ch) => has(ch, N | S),
  isTL: (ch) => has(ch, E | S) && lacks(ch, N | W),
  isTR: (ch) => has(ch, S | W) && lacks(ch, E),
  isBL: (ch) => has(ch, N | E) && lacks(ch, W),
  isBR: (ch) => has(ch, N | W) && lacks(ch, E),
};

const ASCII: Family = {
  ascii: true,
  isH: (ch) => ch === "-" || ch === "=",
  isV: (ch) => ch === "|",
  isTL: (ch) => ch === "+",
  isTR: (ch) => ch === "+",
  isBL: (ch) => ch === "+",
  isBR: (ch) => ch === "+",
};

function styleOf(ch: string, ascii: boolean): BoxStyle {
  if (ascii) return "ascii";
  if (isRounded(ch)) return "rounded";
  const w = weightOf(ch);
  return w === "heavy" ? "heavy" : w === "double" ? "double" : "light";
}

/** Scans a top or bottom edge rightwards from `c`; returns the column of the closing corner and any one-cell gap. */
function scanEdge(g: Grid, f: Family, r: number, c: number, isEnd: (ch: string) => boolean): { end: number; gap: number } | null {
  let x = c + 1;
  let gap = -1;
  for (;;) {
    const ch = cellAt(g, r, x);
    if (f.ascii && ch === "+" && f.isH(cellAt(g, r, x + 1))) {
      x++; // an ASCII tee on the edge
      continue;
    }
    if (!f.ascii && isEnd(ch)) return { end: x, gap };
    if (f.isH(ch)) {
      x++;
      continue;
    }
    if (f.ascii && isEnd(ch)) return { end: x, gap };
    if (ch === " " && gap < 0 && f.isH(cellAt(g, r, x + 1)) && x > c + 1) {
      gap = x++; // a missing piece of the edge
      continue;
    }
    return null;
  }
}

/**
 * Tries to close a box whose top-left corner is at (r, c): top edge to a corner, left side down to a
 * corner, bottom edge to a corner in the same column as the top one (±1), then the right side. Tolerates
 * a corner one column off, rows overrunning their border, and a few missing border pieces, with warnings.
 */
function tryBox(g: Grid, f: Family, r: number, c: number, lineOffset: number): RawBox | null {
  const warnings: DiagramWarning[] = [];
  let defects = 0;
  let misses = 0; // gaps in the top or bottom edge
  let sideMisses = 0;
  const top = scanEdge(g, f, r, c, f.isTR);
  if (!top) return null;
  const c2 = top.end;
  if (top.gap >= 0) {
    misses++;
    warn(warnings, lineOffset, r, top.gap, "missing-border", "a piece of the top border is missing");
  }

  // Left side, down to the bottom-left corner.
  const rowLeft = new Map<number, number>();
  let r2 = r + 1;
  let bl = -1;
  for (; r2 < g.rows; r2++) {
    const ch = cellAt(g, r2, c);
    if (f.ascii && ch === "+" && f.isV(cellAt(g, r2 + 1, c))) continue; // a tee on the side
    if (f.isV(ch)) continue; // before the corner test: ├ on a side is a tee, not a corner
    if (f.isBL(ch)) {
      bl = c;
      break;
    }
    const snapped = [c - 1, c + 1].find((x) => f.isBL(cellAt(g, r2, x)));
    if (snapped !== undefined) {
      bl = snapped;
      break;
    }
    const side = [c - 1, c + 1].find((x) => f.isV(cellAt(g, r2, x)));
    if (side !== undefined) {
      rowLeft.set(r2, side);
      defects++;
      warn(warnings, lineOffset, r2, side, "snapped", "left border is one column off; snapped");
      continue;
    }
    if (ch === " " && sideMisses < 2) {
      sideMisses++;
      warn(warnings, lineOffset, r2, c, "missing-border", "a piece of the left border is missing");
      continue;
    }
    return null;
  }
  if (bl < 0) return null;
  if (bl !== c) {
    defects++;
    warn(warnings, lineOffset, r2, bl, "snapped", "bottom-left corner is one column off; snapped");
  }

  // Bottom edge, to the bottom-right corner.
  let br: number;
  const bottom = scanEdge(g, f, r2, bl, f.isBR);
  if (bottom && Math.abs(bottom.end - c2) <= 1) {
    br = bottom.end;
    if (bottom.gap >= 0) {
      misses++;
      warn(warnings, lineOffset, r2, bottom.gap, "missing-border", "a piece of the bottom border is missing");
    }
    if (br !== c2) {
      defects++;
      warn(warnings, lineOffset, r2, br, "snapped", "bottom-right corner is one column off; snapped");
    }
  } else {
    // The bottom edge may stop short of a missing corner.
    let x = bl + 1;
    while (f.isH(cellAt(g, r2, x))) x++;
    if (x === c2 && cellAt(g, r2, x) === " ") {
      br = c2;
      misses++;
      warn(warnings, lineOffset, r2, c2, "missing-border", "the bottom-right corner is missing");
    } else return null;
  }

  // Right side.
  const rowRight = new Map<number, number>();
  for (let k = r + 1; k < r2; k++) {
    const ch = cellAt(g, k, c2);
    if (f.isV(ch)) continue;
    if (f.isV(cellAt(g, k, c2 + 1)) || f.isV(cellAt(g, k, c2 - 1))) {
      const x = f.isV(cellAt(g, k, c2 + 1)) ? c2 + 1 : c2 - 1;
      rowRight.set(k, x);
      defects++;
      warn(warnings, lineOffset, k, x, "snapped", "right border is one column off; snapped");
      continue;
    }
    let found = -1;
    for (let s = 2; s <= MAX_OVERRUN; s++) {
      const x = cellAt(g, k, c2 + s);
      if (f.isV(x)) {
        found = c2 + s;
        break;
      }
    }
    if (found >= 0 && ch !== " ") {
      rowRight.set(k, found);
      defects++;
      warn(warnings, lineOffset, k, c2, "overrun", `row overruns the right border by ${found - c2} columns`);
      continue;
    }
    if (ch === " ") {
      sideMisses++;
      warn(warnings, lineOffset, k, c2, "missing-border", "a piece of the right border is missing");
      continue;
    }
    return null;
  }

  const inner = r2 - r - 1;
  if (sideMisses > Math.floor(inner / 3) || misses > 1 || defects + misses + sideMisses > Math.max(1, Math.ceil(inner / 2))) return null;

  const cols = g.cols;
  const cells: number[] = [];
  for (let x = c; x <= c2; x++) if (cellAt(g, r, x) !== " ") cells.push(r * cols + x);
  for (let x = bl; x <= br; x++) if (cellAt(g, r2, x) !== " ") cells.push(r2 * cols + x);
  for (let k = r + 1; k < r2; k++) {
    const lx = rowLeft.get(k) ?? c;
    if (cellAt(g, k, lx) !== " ") cells.push(k * cols + lx);
    const rx = rowRight.get(k) ?? c2;
    if (cellAt(g, k, rx) !== " ") cells.push(k * cols + rx);
  }
  return {
    kind: "box",
    top: r,
    left: c,
    bottom: r2,
    right: c2,
    style: styleOf(cellAt(g, r, c), f.ascii),
    ascii: f.ascii,
    rowRight,
    rowLeft,
    bottomLeft: bl,
    bottomRight: br,
    cells,
    warnings,
    defects: defects + misses + sideMisses,
  };
}

/** A top-left corner with an edge going right and a side going down: worth trying as a box. */
function candidateFamily(g: Grid, r: number, c: number): Family | null {
  const ch = cellAt(g, r, c);
  const right = cellAt(g, r, c + 1);
  const down = cellAt(g, r + 1, c);
  if (UNICODE.isTL(ch) && (strokesOf(right) & W) && (strokesOf(down) & N) && !arrowHeads(down)) return UNICODE;
  if (ch === "+" && ASCII.isH(right) && (ASCII.isV(down) || down === "+")) return ASCII;
  return null;
}

const area = (b: { top: number; left: number; bottom: number; right: number }) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

function contains(a: RawBox, b: RawBox): boolean {
  return a.top <= b.top && a.left <= b.left && a.bottom >= b.bottom && a.right >= b.right;
}
function intersects(a: RawBox, b: RawBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function findBoxes(g: Grid, lineOffset: number, warnings: DiagramWarning[]): BoxScan {
  const found: RawBox[] = [];
  const failed: number[] = [];
  let candidates = 0;
  for (let r = 0; r < g.rows; r++) {
    const row = g.cells[r]!;
    for (let c = 0; c < row.length; c++) {
      const f = candidateFamily(g, r, c);
      if (!f) continue;
      candidates++;
      const box = tryBox(g, f, r, c, lineOffset);
      if (box) found.push(box);
      else failed.push(r * g.cols + c);
    }
  }

  // Keep boxes that neither share border cells with nor cross a better one (fewer defects first).
  const claimed = new Int32Array(g.rows * g.cols).fill(-1);
  const boxes: RawBox[] = [];
  const order = found.map((_, i) => i).sort((a, b) => found[a]!.defects - found[b]!.defects || area(found[b]!) - area(found[a]!));
  for (const i of order) {
    const b = found[i]!;
    // Crossing borders share a cell; the rectangle test also catches crossings through a gap in a border
    // (skipped for very many boxes, where it would cost n²).
    const clash = b.cells.some((k) => claimed[k]! >= 0) || (found.length <= 400 && boxes.some((o) => intersects(o, b) && !contains(o, b) && !contains(b, o)));
    if (clash) {
      failed.push(b.top * g.cols + b.left);
      warn(warnings, lineOffset, b.top, b.left, "overlap", "box overlaps another box; shown as text");
      continue;
    }
    const idx = boxes.length;
    boxes.push(b);
    for (const k of b.cells) claimed[k] = idx;
    warnings.push(...b.warnings);
  }
  const splits: RawBox[] = [];
  boxes.forEach((b, i) => splits.push(...splitBox(g, b, i, claimed)));
  return { boxes: [...boxes, ...splits], claimed, failed, candidates };
}

function strokeBits(ch: string, ascii: boolean): number {
  if (arrowHeads(ch)) return 0;
  const u = strokesOf(ch);
  if (u) return u;
  return ascii ? (ASCII_STROKES[ch] ?? 0) : 0;
}

/**
 * Inner rules: strokes inside a box that run from its border to its border (├──┤, ┬ … ┴) split it into
 * cells. They are claimed as part of the box; each region they enclose becomes a "cell" box.
 */
function splitBox(g: Grid, b: RawBox, index: number, claimed: Int32Array): RawBox[] {
  const cols = g.cols;
  const inside = (r: number, c: number) => r > b.top && r < b.bottom && c > (b.rowLeft.get(r) ?? b.left) && c < (b.rowRight.get(r) ?? b.right);
  const seen = new Set<number>();
  const rules: number[] = [];
  for (const start of b.cells) {
    const r0 = Math.floor(start / cols);
    const c0 = start % cols;
    const bits0 = strokeBits(cellAt(g, r0, c0), b.ascii);
    for (const d of DIRS) {
      if (!(bits0 & d.bit)) continue;
      const r1 = r0 + d.dr;
      const c1 = c0 + d.dc;
      const k1 = r1 * cols + c1;
      if (!inside(r1, c1) || seen.has(k1) || claimed[k1]! >= 0 || !(strokeBits(cellAt(g, r1, c1), b.ascii) & d.opp)) continue;
      // Trace the component; count how many times it meets this box's border.
      const comp: number[] = [];
      const stack = [k1];
      seen.add(k1);
      let contacts = 0;
      while (stack.length) {
        const k = stack.pop()!;
        comp.push(k);
        const r = Math.floor(k / cols);
        const c = k % cols;
        const bits = strokeBits(cellAt(g, r, c), b.ascii);
        for (const e of DIRS) {
          if (!(bits & e.bit)) continue;
          const rn = r + e.dr;
          const cn = c + e.dc;
          const kn = rn * cols + cn;
          if (claimed[kn] === index) {
            contacts++;
            continue;
          }
          if (!inside(rn, cn) || seen.has(kn) || claimed[kn]! >= 0) continue;
          if (!(strokeBits(cellAt(g, rn, cn), b.ascii) & e.opp)) continue;
          seen.add(kn);
          stack.push(kn);
        }
      }
      if (contacts >= 2) rules.push(...comp);
    }
  }
  if (rules.length === 0) return [];
  for (const k of rules) claimed[k] = index;
  b.cells.push(...rules);
  // Geometry of the rules: each stroke from its cell's centre to the neighbouring rule or border cell.
  const segments: [number, number, number, number][] = [];
  for (const k of rules) {
    const r = Math.floor(k / cols);
    const c = k % cols;
    const bits = strokeBits(cellAt(g, r, c), b.ascii);
    for (const d of DIRS) {
      if (!(bits & d.bit)) continue;
      const kn = (r + d.dr) * cols + c + d.dc;
      if (claimed[kn] !== index) continue;
      // Each joint between two rule cells once; joints with the border always.
      if (rules.includes(kn) && (d.bit === N || d.bit === W)) continue;
      segments.push([c + 0.5, r + 0.5, c + d.dc + 0.5, r + d.dr + 0.5]);
    }
  }
  b.rules = segments;

  // Regions between the rules.
  const ruleSet = new Set(rules);
  const visited = new Set<number>();
  const regions: { top: number; left: number; bottom: number; right: number }[] = [];
  for (let r = b.top + 1; r < b.bottom; r++) {
    for (let c = b.left + 1; c < b.right; c++) {
      const k0 = r * cols + c;
      if (visited.has(k0) || ruleSet.has(k0) || !inside(r, c)) continue;
      const reg = { top: r, left: c, bottom: r, right: c };
      const stack = [k0];
      visited.add(k0);
      while (stack.length) {
        const k = stack.pop()!;
        const kr = Math.floor(k / cols);
        const kc = k % cols;
        reg.top = Math.min(reg.top, kr);
        reg.bottom = Math.max(reg.bottom, kr);
        reg.left = Math.min(reg.left, kc);
        reg.right = Math.max(reg.right, kc);
        for (const d of DIRS) {
          const rn = kr + d.dr;
          const cn = kc + d.dc;
          const kn = rn * cols + cn;
          if (!inside(rn, cn) || visited.has(kn) || ruleSet.has(kn)) continue;
          visited.add(kn);
          stack.push(kn);
        }
      }
      regions.push(reg);
    }
  }
  if (regions.length < 2) return [];
  // A region reaching into a snapped or overrunning border row is clamped to the box.
  return regions.map((reg) => ({
    kind: "cell" as const,
    top: Math.max(b.top, reg.top - 1),
    left: Math.max(b.left, reg.left - 1),
    bottom: Math.min(b.bottom, reg.bottom + 1),
    right: Math.min(b.right, reg.right + 1),
    style: b.style,
    ascii: b.ascii,
    rowRight: new Map(),
    rowLeft: new Map(),
    bottomLeft: reg.left - 1,
    bottomRight: reg.right + 1,
    cells: [],
    warnings: [],
    defects: 0,
    splitOf: index,
  }));
}
