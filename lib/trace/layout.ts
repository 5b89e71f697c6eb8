import { formatCount, formatShape } from "./format";
import type { ViewGraph, ViewNode } from "./graph";

/**
 * The ELK graph of a traced model view, and what comes back from elkjs's layered algorithm: modules
 * as nested boxes laid out in the same run as their steps (hierarchyHandling INCLUDE_CHILDREN, so
 * edges crossing a box are routed properly), the flow downwards, each edge labelled with its shape.
 * Coordinates come back relative to the root (json.shapeCoords / edgeCoords ROOT).
 * Pure: the build runs elkjs in its own thread (./layout-node.ts); the page, in a worker when a reader
 * opens or closes a module (components/trace/trace-controller.ts).
 */

export interface ElkLabel {
  text: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
}
export interface ElkNode {
  id: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  children?: ElkNode[];
  edges?: ElkEdge[];
  layoutOptions?: Record<string, string>;
}
export interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
  labels?: ElkLabel[];
  sections?: { startPoint: { x: number; y: number }; endPoint: { x: number; y: number }; bendPoints?: { x: number; y: number }[] }[];
}

/** Monospace at 11 px: the SVG's text is set in the site's mono font, whose advance is 0.6 em. */
export const CHAR_W = 6.7;
export const FONT = 11;
const OP_H = 24;
const MODULE_H = 38;
const HEADER = 30;
const PAD_X = 12;

export function textWidth(text: string): number {
  return Math.ceil(text.length * CHAR_W);
}

/** The second line of a closed module: attribute name, parameters, repeat count. */
export function moduleSubline(n: ViewNode): string {
  const parts: string[] = [];
  if (n.sub) parts.push(n.sub);
  if (n.params) parts.push(`${formatCount(n.params)} params`);
  return parts.join(" · ");
}

/** A module's or step's name with its repeat count: "Sequential ×12", "__getitem__ ×6". */
export function headerText(n: ViewNode): string {
  return n.count ? `${n.label} ×${n.count}` : n.label;
}

/** Size of a step or closed module box. */
export function nodeSize(n: ViewNode): { width: number; height: number } {
  if (n.kind === "module") {
    const w = Math.max(textWidth(headerText(n)), textWidth(moduleSubline(n))) + 2 * PAD_X + (n.toggle ? 22 : 0);
    return { width: Math.max(64, w), height: MODULE_H };
  }
  return { width: Math.max(40, textWidth(headerText(n)) + 2 * PAD_X), height: OP_H };
}

/** Width an open module's header needs: name, then attribute and parameters on the same line, then its toggle. */
export function openWidth(n: ViewNode): number {
  const sub = moduleSubline(n);
  return textWidth(headerText(n)) + (sub ? 8 + textWidth(sub) : 0) + 20 + (n.toggle ? 24 : 0);
}

export function edgeLabel(shape: readonly number[], dtype: string): string {
  const s = formatShape(shape);
  return dtype === "float32" ? s : `${s} ${dtype}`;
}

const ROOT_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "DOWN",
  "elk.hierarchyHandling": "INCLUDE_CHILDREN",
  "elk.json.shapeCoords": "ROOT",
  "elk.json.edgeCoords": "ROOT",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.spacing.nodeNode": "18",
  "elk.layered.spacing.nodeNodeBetweenLayers": "22",
  "elk.spacing.edgeLabel": "3",
  "elk.spacing.edgeNode": "12",
  "elk.layered.spacing.edgeNodeBetweenLayers": "12",
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.edgeLabels.inline": "false",
  "elk.padding": "[top=8,left=8,bottom=8,right=8]",
  "elk.randomSeed": "1",
};

/** The ELK input for a view (deterministic: same view, same graph). */
export function elkGraph(view: ViewGraph): ElkNode {
  const toElk = (n: ViewNode): ElkNode => {
    if (n.kind === "module" && n.open && n.children.length) {
      return {
        id: n.id,
        layoutOptions: { "elk.padding": `[top=${HEADER},left=10,bottom=10,right=10]`, "elk.nodeSize.minimum": `(${openWidth(n)},${HEADER + 20})`, "elk.nodeSize.constraints": "MINIMUM_SIZE" },
        children: n.children.map(toElk),
      };
    }
    return { id: n.id, ...nodeSize(n) };
  };
  return {
    id: "root",
    layoutOptions: ROOT_OPTIONS,
    children: view.roots.map(toElk),
    edges: view.edges.map((e) => {
      const text = edgeLabel(e.shape, e.dtype);
      return { id: e.id, sources: [e.from], targets: [e.to], labels: [{ text, width: textWidth(text) + 4, height: 14 }] };
    }),
  };
}

/** An elkjs instance: `new ELK()` from elkjs (build) or elk-api with its worker (the page). */
export type ElkEngine = { layout(graph: ElkNode): Promise<ElkNode> };

/** Lays a view out with the given elkjs instance. */
export function layoutWith(engine: ElkEngine, view: ViewGraph): Promise<ElkNode> {
  return engine.layout(elkGraph(view));
}
