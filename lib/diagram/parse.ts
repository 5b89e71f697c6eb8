import { findBoxes, type RawBox } from "./boxes";
import { DIRS, N, S, strokesOf } from "./chars";
import { buildGrid, type Grid } from "./grid";
import { findNets } from "./nets";
import type { DiagramBox, DiagramEdge, DiagramMark, DiagramModel, DiagramNet, DiagramWarning, ParseOptions, TextRun } from "./types";

/**
 * Parses a text box diagram into boxes (with nesting), edges and positioned text. Never throws: on an
 * internal error, or when the diagram's alignment was lost (flattened), it returns a "text" model.
 */
export function parseDiagram(source: string, options: ParseOptions = {}): DiagramModel {
  try {
    return parse(source, options);
  } catch (err) {
    const lines = source.split(/\r\n|\n|\r/);
    return textModel(lines.length, Math.max(0, ...lines.map((l) => l.length)), [
      { line: 1 + (options.lineOffset ?? 0), column: 1, code: "internal", message: `diagram parser failed (${err instanceof Error ? err.message : String(err)}); shown as text` },
    ]);
  }
}

function textModel(rows: number, cols: number, warnings: DiagramWarning[]): DiagramModel {
  return { mode: "text", rows, cols, boxes: [], edges: [], nets: [], texts: [], marks: [], warnings };
}

const DIAGONALS = new Set(["╱", "╲", "╳"]);
const area = (b: RawBox) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
const contains = (a: RawBox, b: RawBox) => a !== b && a.top <= b.top && a.left <= b.left && a.bottom >= b.bottom && a.right >= b.right;

/**
 * Rows framed by side strokes (│ … │) in an aligned diagram end in the same column as the framed row
 * above them. When most do not, the spacing was lost (the seed's flattened copies).
 */
function misalignedRows(g: Grid): { off: number; total: number } | null {
  let total = 0;
  let off = 0;
  let prev = -1;
  for (const row of g.cells) {
    let last = row.length - 1;
    while (last >= 0 && row[last] === " ") last--;
    let first = 0;
    while (first < row.length && row[first] === " ") first++;
    const framed = last > first && (strokesOf(row[first]!) & (N | S)) === (N | S) && (strokesOf(row[last]!) & (N | S)) === (N | S);
    if (!framed) {
      prev = -1;
      continue;
    }
    if (prev >= 0) {
      total++;
      if (prev !== last) off++;
    }
    prev = last;
  }
  return total >= 3 && off * 2 > total ? { off, total } : null;
}

function parse(source: string, options: ParseOptions): DiagramModel {
  const lineOffset = options.lineOffset ?? 0;
  const g = buildGrid(source);
  const cols = g.cols;
  const warnings: DiagramWarning[] = [];
  // A diagram whose rows lost their alignment cannot be drawn: drawing it would be garbage.
  const rowsOff = misalignedRows(g);
  if (rowsOff) {
    return textModel(g.rows, cols, [
      {
        line: 1 + lineOffset,
        column: 1,
        code: "flattened",
        message: `diagram alignment appears lost: ${rowsOff.off} of ${rowsOff.total} bordered rows end in another column than the row above; shown as text`,
      },
    ]);
  }
  const scan = findBoxes(g, lineOffset, warnings);
  const raw = scan.boxes;
  const realBoxes = raw.filter((b) => b.kind === "box").length;
  const nets = findNets(g, scan.claimed, raw, scan.failed);

  // Corners that close no box and are no part of a connector (a bracket ┌──┴──┐ is one) are broken boxes.
  const broken = scan.failed.filter((k) => nets.netOf[k]! < 0);
  // The same when most box corners never close.
  if (broken.length >= 2 && broken.length > realBoxes) {
    return textModel(g.rows, cols, [
      {
        line: 1 + lineOffset,
        column: 1,
        code: "flattened",
        message: `diagram alignment appears lost: ${broken.length} of ${scan.candidates} boxes do not close; shown as text`,
      },
    ]);
  }
  for (const k of broken) {
    warnings.push({ line: Math.floor(k / cols) + 1 + lineOffset, column: (k % cols) + 1, code: "unclosed-box", message: "box does not close; shown as text" });
  }

  // Nesting: the smallest box that contains another is its parent (a cell's parent is the box it splits).
  // Painting insides from the largest box to the smallest, a box's top-left corner lies, when its turn
  // comes, in the inside of the smallest box around it (boxes that cross were dropped).
  const owner = new Int32Array(g.rows * cols).fill(-1);
  const parentOf = new Array<number>(raw.length).fill(-1);
  for (const i of raw.map((_, i) => i).sort((a, b) => area(raw[b]!) - area(raw[a]!) || (raw[a]!.kind === "box" ? -1 : 1))) {
    const b = raw[i]!;
    const around = owner[b.top * cols + b.left]!;
    parentOf[i] = b.splitOf ?? (around >= 0 && contains(raw[around]!, b) ? around : -1);
    for (let r = b.top + 1; r < b.bottom; r++) {
      const l = b.rowLeft.get(r) ?? b.left;
      const rr = b.rowRight.get(r) ?? b.right;
      owner.fill(i, r * cols + l + 1, r * cols + rr);
    }
  }

  // Ids in tree order: siblings top to bottom, left to right, each box before its children.
  const kids = new Map<number, number[]>();
  raw.forEach((_, i) => {
    const list = kids.get(parentOf[i]!) ?? [];
    list.push(i);
    kids.set(parentOf[i]!, list);
  });
  const order: number[] = [];
  const visit = (p: number) => {
    const list = (kids.get(p) ?? []).sort((a, b) => raw[a]!.top - raw[b]!.top || raw[a]!.left - raw[b]!.left);
    for (const i of list) {
      order.push(i);
      visit(i);
    }
  };
  visit(-1);
  const idOf = new Map<number, string>();
  const rank = new Map<number, number>();
  order.forEach((i, n) => {
    idOf.set(i, `b${n + 1}`);
    rank.set(i, n);
  });

  const fallbackCells = new Set<number>();
  nets.nets.forEach((net) => {
    if (net.brokenBox) for (const k of net.cells) fallbackCells.add(k);
    if (!net.unrecognised) return;
    for (const k of net.cells) fallbackCells.add(k);
    const k = net.cells[0]!;
    warnings.push({
      line: Math.floor(k / cols) + 1 + lineOffset,
      column: (k % cols) + 1,
      code: "unrecognised",
      message: "line drawing neither closes a box nor joins anything; shown as text",
    });
  });

  // Valid nets get 1-based ids in reading order.
  const netId = new Map<number, number>();
  nets.nets.forEach((net, i) => {
    if (net.valid) netId.set(i, netId.size + 1);
  });

  // Text runs: what is neither a border nor a drawing, split at gaps of two or more columns.
  const texts: TextRun[] = [];
  const marks: DiagramMark[] = [];
  for (let r = 0; r < g.rows; r++) {
    const row = g.glyphs[r]!;
    const cells = g.cells[r]!;
    let first = -1; // glyph index where the open run starts, and where it ends
    let last = -1;
    let runBox = -1;
    let runKind: TextRun["kind"] = "text";
    let runNet = -1;
    const close = () => {
      if (first < 0) return;
      const glyphs = row.slice(first, last + 1);
      let text = "";
      for (const gl of glyphs) text += gl.text;
      const run: TextRun = { row: r, col: glyphs[0]!.col, text, glyphs, box: runBox >= 0 ? idOf.get(runBox)! : null, kind: runKind };
      if (runNet >= 0) run.net = netId.get(runNet)!;
      texts.push(run);
      first = last = -1;
    };
    for (let i = 0; i < row.length; i++) {
      const gl = row[i]!;
      if (cells[gl.col] === " ") continue;
      const k = r * cols + gl.col;
      if (scan.claimed[k]! >= 0 || nets.netOf[k]! >= 0) {
        close();
        continue;
      }
      const ob = owner[k]!;
      if (DIAGONALS.has(gl.text)) {
        close();
        marks.push({ row: r, col: gl.col, text: gl.text, box: ob >= 0 ? idOf.get(ob)! : null });
        continue;
      }
      const labelNet = nets.labelOf[k]!;
      const kind: TextRun["kind"] = labelNet >= 0 ? "edge-label" : fallbackCells.has(k) ? "fallback" : ob >= 0 ? "label" : "text";
      if (first >= 0) {
        const prev = row[last]!;
        if (gl.col - (prev.col + prev.width) <= 1 && ob === runBox && kind === runKind && labelNet === runNet) {
          last = i;
          continue;
        }
        close();
      }
      first = last = i;
      runBox = ob;
      runKind = kind;
      runNet = labelNet;
    }
    close();
  }

  // Box labels: their own text, row by row.
  const labelRows = new Map<string, Map<number, string[]>>();
  for (const t of texts) {
    if (!t.box) continue;
    let rows = labelRows.get(t.box);
    if (!rows) labelRows.set(t.box, (rows = new Map()));
    const list = rows.get(t.row) ?? [];
    list.push(t.text);
    rows.set(t.row, list);
  }

  const boxes: DiagramBox[] = order.map((i) => {
    const b = raw[i]!;
    const id = idOf.get(i)!;
    const rows = labelRows.get(id);
    const label = rows
      ? [...rows.entries()]
          .sort((a, b2) => a[0] - b2[0])
          .map(([, parts]) => parts.join(" ").replace(/\s+/g, " ").trim())
          .filter(Boolean)
      : [];
    const out: DiagramBox = {
      id,
      kind: b.kind,
      style: b.style,
      bounds: { top: b.top, left: b.left, bottom: b.bottom, right: b.right },
      label,
      parent: parentOf[i]! >= 0 ? idOf.get(parentOf[i]!)! : null,
      children: [],
    };
    if (b.rowRight.size) out.rowRight = Object.fromEntries(b.rowRight);
    if (b.rules?.length) out.rules = b.rules;
    return out;
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));
  for (const b of boxes) if (b.parent) byId.get(b.parent)!.children.push(b.id);

  const outNets: DiagramNet[] = [];
  nets.nets.forEach((net, i) => {
    const id = netId.get(i);
    if (id === undefined) return;
    const cells = net.cells.map((k): [number, number] => [Math.floor(k / cols), k % cols]);
    const rs = cells.map((c) => c[0]);
    const cs = cells.map((c) => c[1]);
    const first = net.cells[0]!;
    outNets.push({
      id,
      cells,
      heads: net.tips.map((h) => ({ row: Math.floor(h.cell / cols), col: h.cell % cols, dir: DIRS.find((d) => d.bit === h.bit)!.dir, tip: h.tip })),
      segments: net.segments,
      boxes: [...new Set(net.attachments.map((a) => a.box))].sort((a, b) => rank.get(a)! - rank.get(b)!).map((a) => idOf.get(a)!),
      within: owner[first]! >= 0 ? idOf.get(owner[first]!)! : null,
      bounds: { top: Math.min(...rs), left: Math.min(...cs), bottom: Math.max(...rs), right: Math.max(...cs) },
    });
  });

  const edges: DiagramEdge[] = nets.edges.map((e, n) => {
    const label = nets.nets[e.net]!.label;
    const out: DiagramEdge = {
      id: `e${n + 1}`,
      from: e.from >= 0 ? idOf.get(e.from)! : null,
      to: e.to >= 0 ? idOf.get(e.to)! : null,
      directed: e.directed,
      net: netId.get(e.net)!,
    };
    if (label) out.label = label;
    return out;
  });

  warnings.sort((a, b) => a.line - b.line || a.column - b.column);
  const mode = boxes.length || outNets.length ? "diagram" : "text";
  return { mode, rows: g.rows, cols, boxes, edges, nets: outNets, texts, marks, warnings };
}
