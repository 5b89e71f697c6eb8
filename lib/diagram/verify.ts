/**
 * Checks that a rendering kept every character: each grapheme of the source is either printed in the SVG
 * at its own grid position, or is a drawing character (box-drawing, arrow, ASCII line) whose cell the
 * drawing covers (a box border, a line drawing, a diagonal mark). Used by the property tests.
 */
import { isDrawingChar } from "./chars";
import { buildGrid } from "./grid";
import type { RenderResult } from "./index";
import { DEFAULTS, displayText } from "./layout";

export interface Missing {
  row: number;
  col: number;
  text: string;
  reason: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);
}

/** Every glyph printed by <text> elements, keyed "x|y|glyph". */
export function printedGlyphs(svg: string): Set<string> {
  const out = new Set<string>();
  for (const m of svg.matchAll(/<text\b[^>]*?\bx="([^"]*)" y="([^"]*)"[^>]*>([^<]*)<\/text>/g)) {
    const xs = m[1]!.split(" ");
    const text = unescapeXml(m[3]!);
    if (xs.length === 1) out.add(`${xs[0]}|${m[2]}|${text}`);
    else for (let i = 0; i < text.length; i++) out.add(`${xs[i]}|${m[2]}|${text[i]}`);
  }
  return out;
}

const DIAGONALS = new Set(["╱", "╲", "╳"]);

export function unaccounted(source: string, result: RenderResult): Missing[] {
  if (!result.svg) return []; // shown as the source text itself
  const { cellWidth: cw, lineHeight: lh, fontSize, pad } = DEFAULTS;
  const g = buildGrid(source);
  const printed = printedGlyphs(result.svg);
  const drawn = new Set<string>();
  for (const n of result.model.nets) for (const [r, c] of n.cells) drawn.add(`${r},${c}`);
  for (const m of result.model.marks) drawn.add(`${m.row},${m.col}`);
  for (const b of result.model.boxes) {
    for (const [x1, y1, x2, y2] of b.rules ?? []) {
      drawn.add(`${y1 - 0.5},${x1 - 0.5}`);
      drawn.add(`${y2 - 0.5},${x2 - 0.5}`);
    }
  }
  const onBorder = (r: number, c: number) =>
    result.model.boxes.some((b) => {
      const { top, left, bottom, right } = b.bounds;
      const rr = b.rowRight?.[r];
      if ((r === top || r === bottom) && c >= left - 1 && c <= right + 1) return true;
      if (r > top && r < bottom && (Math.abs(c - left) <= 1 || Math.abs(c - right) <= 1 || c === rr)) return true;
      return false;
    });
  const missing: Missing[] = [];
  g.glyphs.forEach((row, r) => {
    for (const gl of row) {
      if (!gl.text.trim()) continue;
      const text = displayText(gl.text);
      const x = Math.round((pad + (gl.col + gl.width / 2) * cw) * 100) / 100;
      const y = Math.round((pad + (r + 0.5) * lh + fontSize * 0.35) * 100) / 100;
      if (printed.has(`${x}|${y}|${text}`)) continue;
      const drawing = isDrawingChar(gl.text) || DIAGONALS.has(gl.text);
      if (drawing && (drawn.has(`${r},${gl.col}`) || (!DIAGONALS.has(gl.text) && onBorder(r, gl.col)))) continue;
      missing.push({ row: r, col: gl.col, text: gl.text, reason: drawing ? "drawing character neither printed nor drawn" : "text not printed at its column" });
    }
  });
  return missing;
}

/** Well-formedness problems of an SVG string: unbalanced tags, raw < or & in text, unquoted attributes. */
export function xmlProblems(svg: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const re = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of svg.matchAll(re)) {
    if (m[6]) {
      problems.push(`stray "<" at ${m.index}`);
      continue;
    }
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|#39|#\d+|#x[0-9a-fA-F]+);)/.test(m[5])) problems.push(`raw "&" in text at ${m.index}`);
      if (m[5].includes(">")) problems.push(`raw ">" in text at ${m.index}`);
      continue;
    }
    const [, close, name, attrs, selfClose] = m;
    if (attrs && /&(?!(amp|lt|gt|quot|#39|#\d+|#x[0-9a-fA-F]+);)/.test(attrs)) problems.push(`raw "&" in attribute of <${name}>`);
    if (close) {
      const top = stack.pop();
      if (top !== name) problems.push(`</${name}> closes <${top ?? "nothing"}>`);
    } else if (!selfClose) stack.push(name!);
  }
  if (stack.length) problems.push(`unclosed <${stack.join("> <")}>`);
  return problems;
}
