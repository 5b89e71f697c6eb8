import { ASCII_STROKES, N, S, graphemeWidth, strokesOf } from "./chars";
import type { Glyph } from "./types";

/**
 * The diagram's text as a grid of display cells. A wide grapheme fills two cells: the first holds it,
 * the second holds "". Blank cells (and cells past the end of a line) read as " ".
 */
export interface Grid {
  rows: number;
  cols: number;
  /** cells[row][col] */
  cells: string[][];
  /** The graphemes of each row with their columns, in order (whitespace included, so nothing is lost). */
  glyphs: Glyph[][];
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const SIMPLE_LINE = /^[\x20-\x7e]*$/;
const SPACE = /^\s+$/u;
const TAB = 8;

interface Pending {
  text: string;
  width: number;
  alternative?: number;
}

export function splitLines(source: string): string[] {
  return source.split(/\r\n|\n|\r/);
}

/** Characters that can join a grapheme cluster to their neighbours (marks, joiners, jamo, surrogates). */
const CLUSTERING = /[\p{M}\p{Cf}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\ud800-\udfff]/u;
const widthCache = new Map<string, Pending>();
/** Single-unit graphemes by char code: the hot path. */
const unitCache: (Pending | undefined)[] = [];

function pending(text: string): Pending {
  if (text.length === 1) {
    const code = text.charCodeAt(0);
    const hit = unitCache[code];
    if (hit) return hit;
  }
  let p = widthCache.get(text);
  if (!p) {
    const w = graphemeWidth(text);
    p = w.alternative === undefined ? { text, width: w.width } : { text, width: w.width, alternative: w.alternative };
    if (text.length === 1) unitCache[text.charCodeAt(0)] = p;
    else if (widthCache.size < 10_000) widthCache.set(text, p);
  }
  return p;
}

function graphemes(line: string): Pending[] {
  const out: Pending[] = [];
  // Without clustering characters every UTF-16 unit is a grapheme of its own: no need to segment.
  if (SIMPLE_LINE.test(line) || !CLUSTERING.test(line)) {
    for (let i = 0; i < line.length; i++) out.push(pending(line[i]!));
    return out;
  }
  for (const { segment } of segmenter.segment(line)) out.push(pending(segment));
  return out;
}

function verticalBits(ch: string | undefined): number {
  if (ch === undefined) return 0;
  return strokesOf(ch) || (ch === "|" || ch === "+" ? ASCII_STROKES[ch]! : 0);
}

function isBlank(text: string): boolean {
  if (text === " ") return true;
  const code = text.charCodeAt(0);
  return (code < 33 || code > 126) && SPACE.test(text);
}

/** Lays graphemes on columns; `flip(i)` gives the i-th ambiguous grapheme its alternative width. */
function place(items: Pending[], flip: (i: number) => boolean): { glyphs: Glyph[]; cells: string[] } {
  const glyphs: Glyph[] = new Array(items.length);
  const cells: string[] = [];
  let col = 0;
  let amb = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    let width = it.width;
    if (it.alternative !== undefined && flip(amb++)) width = it.alternative;
    if (it.text === "\t") width = TAB - (col % TAB);
    glyphs[i] = { text: it.text, col, width };
    const blank = isBlank(it.text);
    cells.push(blank ? " " : it.text);
    for (let k = 1; k < width; k++) cells.push(blank ? " " : "");
    col += width;
  }
  return { glyphs, cells };
}

function popcount(n: number): number {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
}

/**
 * How many vertical strokes of a reading of the row meet a vertical stroke in the row above or below.
 * Computes columns only: no glyphs are built for readings that lose.
 */
function alignmentScore(items: Pending[], flip: (i: number) => boolean, above: string[] | undefined, below: string[] | undefined): number {
  let score = 0;
  let col = 0;
  let amb = 0;
  for (const it of items) {
    let width = it.width;
    if (it.alternative !== undefined && flip(amb++)) width = it.alternative;
    if (it.text === "\t") width = TAB - (col % TAB);
    const bits = verticalBits(it.text);
    if (bits) {
      if (bits & N && above && verticalBits(above[col]) & S) score++;
      if (bits & S && below && verticalBits(below[col]) & N) score++;
    }
    col += width;
  }
  return score;
}

/**
 * Ambiguous graphemes (emoji with VS16, ● ☆ ✓ …) take whichever width makes the row's vertical strokes
 * meet those of its neighbours; with no evidence either way they keep their default width.
 */
function resolveRow(
  items: Pending[],
  base: { glyphs: Glyph[]; cells: string[] },
  above: string[] | undefined,
  below: string[] | undefined,
): { glyphs: Glyph[]; cells: string[] } {
  const amb = items.filter((it) => it.alternative !== undefined);
  if (amb.length === 0 || !items.some((it) => verticalBits(it.text))) return base;
  // Candidate readings: each ambiguous grapheme independently when few, else per distinct grapheme, else all or none.
  let groupOf: (i: number) => number;
  let groups: number;
  if (amb.length <= 6) {
    groupOf = (i) => i;
    groups = amb.length;
  } else {
    const ids = new Map<string, number>();
    for (const it of amb) if (!ids.has(it.text)) ids.set(it.text, ids.size);
    if (ids.size <= 5) {
      groupOf = (i) => ids.get(amb[i]!.text)!;
      groups = ids.size;
    } else {
      groupOf = () => 0;
      groups = 1;
    }
  }
  let bestMask = 0;
  let bestScore = alignmentScore(items, () => false, above, below);
  let bestFlips = 0;
  for (let mask = 1; mask < 1 << groups; mask++) {
    const score = alignmentScore(items, (i) => ((mask >> groupOf(i)) & 1) === 1, above, below);
    const flips = popcount(mask);
    if (score > bestScore || (score === bestScore && flips < bestFlips)) {
      bestMask = mask;
      bestScore = score;
      bestFlips = flips;
    }
  }
  return bestMask === 0 ? base : place(items, (i) => ((bestMask >> groupOf(i)) & 1) === 1);
}

export function buildGrid(source: string): Grid {
  const lines = splitLines(source);
  const items = lines.map(graphemes);
  const placed = items.map((it) => place(it, () => false));
  const rows = lines.length;
  for (let r = 0; r < rows; r++) {
    if (!items[r]!.some((it) => it.alternative !== undefined)) continue;
    placed[r] = resolveRow(items[r]!, placed[r]!, placed[r - 1]?.cells, placed[r + 1]?.cells);
  }
  let cols = 0;
  for (const p of placed) cols = Math.max(cols, p.cells.length);
  return { rows, cols, cells: placed.map((p) => p.cells), glyphs: placed.map((p) => p.glyphs) };
}

/** The cell at (r, c), " " outside the grid. */
export function cellAt(g: Grid, r: number, c: number): string {
  const row = g.cells[r];
  if (!row) return " ";
  const ch = row[c];
  return ch === undefined ? " " : ch;
}
