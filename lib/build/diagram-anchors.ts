import { fencedBlocks } from "../content/code-blocks";
import { renderDiagram } from "../diagram";

/**
 * The anchor ids a page's diagrams give their boxes, exactly as components/diagram/DiagramFigure.tsx
 * renders them (prefix "diagram-<fence line>"). The link checker accepts links to them, and the build
 * fails on one that is given twice on a page or that clashes with a heading id.
 */
export function diagramAnchors(body: string): string[] {
  const ids: string[] = [];
  for (const block of fencedBlocks(body)) {
    if (block.lang !== "diagram") continue;
    const fenceLine = block.line - 1;
    const { tree } = renderDiagram(block.body, { idPrefix: `diagram-${fenceLine}`, lineOffset: fenceLine });
    if (tree) for (const box of tree.boxes) ids.push(box.anchor);
  }
  return ids;
}

/** Ids given more than once among a page's heading ids and diagram box anchors. */
export function duplicateIds(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}
