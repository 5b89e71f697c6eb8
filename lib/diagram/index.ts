/**
 * The diagram engine: text box diagrams (```diagram fences) → model → SVG. Pure TypeScript.
 *
 *   grid.ts    text → cells by grapheme cluster and display width (ambiguous widths resolved by alignment)
 *   boxes.ts   closed rectangles (light, heavy, double, rounded, ASCII), tolerance, inner rules → cells
 *   nets.ts    line drawings outside borders → edges (arrows, runs, ┬/┴ brackets), their labels
 *   parse.ts   nesting, ids, text runs, labels, warnings, flattened detection; never throws
 *   link.ts    box label → entry (pure matching; the page supplies the registry's aliases)
 *   layout.ts  model → geometry (grid-exact text positions, paths, anchors, links)
 *   to-svg.ts  geometry → escaped SVG string (classes only; colours come from the theme's CSS variables)
 *   verify.ts  checks used by the tests: every character shown, well-formed XML
 */
import { layoutDiagram, type LayoutOptions, type RenderTree } from "./layout";
import { parseDiagram } from "./parse";
import { toSvg, type SvgOptions } from "./to-svg";
import type { DiagramModel, ParseOptions } from "./types";

export interface RenderResult {
  model: DiagramModel;
  /** The drawing; null when the model is in "text" mode (show the source as monospace text). */
  tree: RenderTree | null;
  svg: string | null;
}

/** Source text → model → SVG string. Pure; never throws. */
export function renderDiagram(source: string, options: ParseOptions & LayoutOptions & SvgOptions = {}): RenderResult {
  const model = parseDiagram(source, options);
  if (model.mode === "text") return { model, tree: null, svg: null };
  try {
    const tree = layoutDiagram(model, options);
    return { model, tree, svg: toSvg(tree, options) };
  } catch (err) {
    model.mode = "text";
    model.warnings.push({ line: 1 + (options.lineOffset ?? 0), column: 1, code: "internal", message: `diagram layout failed (${err instanceof Error ? err.message : String(err)}); shown as text` });
    return { model, tree: null, svg: null };
  }
}

export { parseDiagram } from "./parse";
export { layoutDiagram } from "./layout";
export { toSvg, escapeXml } from "./to-svg";
export { createLinkLookup, findLink, labelKeys, normaliseLabel, type LinkLookup, type LinkTarget } from "./link";
export type * from "./types";
