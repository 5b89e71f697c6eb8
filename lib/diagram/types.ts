/** The parsed model of a text box diagram. Pure data: serialisable as JSON. */

/** Inclusive grid bounds, in rows (lines) and display columns, 0-based. For a box: its border cells. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type BoxStyle = "light" | "heavy" | "double" | "rounded" | "ascii";

export interface DiagramBox {
  /** "b1", "b2", … in reading order (top, then left; a box before the cells it is split into). */
  id: string;
  /** "box": a closed rectangle; "cell": one region of a box split by inner rules (├┼┤). */
  kind: "box" | "cell";
  style: BoxStyle;
  bounds: Bounds;
  /** The text inside the box but outside its children, one entry per non-empty row, spaces collapsed. */
  label: string[];
  parent: string | null;
  children: string[];
  /** Right border column per interior row where it differs from bounds.right (a row overrunning its border). */
  rowRight?: Record<number, number>;
  /** Inner rules (├──┤, ┬ … ┴) that split the box into cells, as segments [x1, y1, x2, y2] in cell units. */
  rules?: [number, number, number, number][];
}

export type Dir = "n" | "e" | "s" | "w";

export interface DiagramEdge {
  id: string;
  /** Box ids; null where the edge ends at text or nothing (a free arrow). */
  from: string | null;
  to: string | null;
  /** False for lines without arrowheads (brackets, plain rules): from/to is then reading order. */
  directed: boolean;
  /** The text next to the arrow (↓ [Add & Norm]), if any. */
  label?: string;
  /** The line drawing (net) this edge was read from; several edges can share one (a bracket ┴). */
  net: number;
}

/** One connected line drawing: runs, corners, tees and arrowheads outside box borders. */
export interface DiagramNet {
  id: number;
  /** Cells of the drawing, as [row, col]. */
  cells: [number, number][];
  /** Arrowheads: the cell, the direction it points, and where its tip reaches (x, y in cell units). */
  heads: { row: number; col: number; dir: Dir; tip: [number, number] }[];
  /** The drawing as line segments [x1, y1, x2, y2] in cell units (a cell's centre is at +0.5). */
  segments: [number, number, number, number][];
  /** Box ids this drawing touches. */
  boxes: string[];
  /** The innermost box the drawing lies in, if any. */
  within: string | null;
  bounds: Bounds;
}

export interface Glyph {
  /** One grapheme cluster, as written. */
  text: string;
  col: number;
  /** Display width in cells: 1 or 2 (a tab may be wider; combining-only clusters get 1). */
  width: number;
}

/** A run of text on one row, at its grid columns. */
export interface TextRun {
  row: number;
  col: number;
  text: string;
  glyphs: Glyph[];
  /** Innermost box whose inside holds the run, or null. */
  box: string | null;
  /** "label" inside a box, "text" outside, "edge-label" next to an arrow, "fallback" for drawings not understood. */
  kind: "label" | "text" | "edge-label" | "fallback";
  /** For edge labels: the net they label. */
  net?: number;
}

export interface DiagramWarning {
  /** 1-based line (plus the caller's line offset) and 1-based display column. */
  line: number;
  column: number;
  code: "snapped" | "overrun" | "missing-border" | "unclosed-box" | "unrecognised" | "flattened" | "overlap" | "internal";
  message: string;
}

/** A drawing glyph shown as a cell-sized mark rather than as text (the diagonals ╱ ╲ ╳). */
export interface DiagramMark {
  row: number;
  col: number;
  text: string;
  box: string | null;
}

export interface DiagramModel {
  /** "diagram": drawn; "text": shown as plain text (alignment lost, or nothing to draw). */
  mode: "diagram" | "text";
  rows: number;
  cols: number;
  boxes: DiagramBox[];
  edges: DiagramEdge[];
  nets: DiagramNet[];
  texts: TextRun[];
  marks: DiagramMark[];
  warnings: DiagramWarning[];
}

export interface ParseOptions {
  /** Added to row numbers in warnings (the source line of the diagram's first row, minus one). */
  lineOffset?: number;
}
