import { renderDiagram } from "./index";

/** Where a diagram sits on its page: what makes its ids unique there, and where its text starts in the file. */
export interface DiagramPlacement {
  /** Prefix of every id the diagram gives (its boxes' anchors, its title): "diagram-<fence line>". */
  idPrefix: string;
  /** The fence's line in the page body: the diagram's warnings count their lines from there. */
  lineOffset: number;
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h >>> 0;
}

/**
 * The one rule for a diagram's ids: prefixed by the line of its fence in the page body (remark's
 * position of the ```diagram fence, passed on by remark-special-blocks), or, for a diagram rendered
 * outside a page, by a hash of its text.
 */
export function diagramPlacement(source: string, fenceLine?: number | string): DiagramPlacement {
  const line = typeof fenceLine === "string" ? Number.parseInt(fenceLine, 10) : fenceLine;
  if (line !== undefined && Number.isFinite(line) && line > 0) return { idPrefix: `diagram-${line}`, lineOffset: line };
  return { idPrefix: `diagram-${hash(source)}`, lineOffset: 0 };
}

/**
 * The anchor ids a diagram gives its boxes on the page (none when it is shown as text). The compiler
 * records them for every page (lib/mdx/plugins/remark-special-blocks.ts → CompiledMdx.anchors) and the
 * link checker accepts links to them; components/diagram/DiagramFigure.tsx draws the same ids, from
 * the same placement and the same layout.
 */
export function diagramAnchors(source: string, fenceLine?: number | string): string[] {
  return renderDiagram(source, diagramPlacement(source, fenceLine)).tree?.boxes.map((b) => b.anchor) ?? [];
}

/** Ids given more than once among a page's heading ids and diagram box anchors. */
export function duplicateIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}
