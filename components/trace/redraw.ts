/**
 * Redraws one traced model with some modules opened or closed: the same view, layout input and SVG
 * code the build used (lib/trace), with elkjs running in a worker (/trace/elk-worker.js). Bundled as
 * /trace/redraw.js, which trace-controller.ts loads on a reader's first open or close.
 */
import ELK from "elkjs/lib/elk-api.js";
import type { TraceModel } from "../../lib/content/traces";
import { buildView, type LinkRef } from "../../lib/trace/graph";
import { layoutWith, type ElkEngine } from "../../lib/trace/layout";
import { renderTraceSvg } from "../../lib/trace/svg";

export interface RedrawRequest {
  model: TraceModel;
  toggled: Set<number>;
  links: Record<string, LinkRef>;
  idPrefix: string;
  title: string;
}
export type Redraw = (r: RedrawRequest) => Promise<{ svg: string; foldedTo?: number }>;

let engine: ElkEngine | undefined;

const redraw: Redraw = async ({ model, toggled, links, idPrefix, title }) => {
  engine ??= new ELK({ workerUrl: "/trace/elk-worker.js" }) as unknown as ElkEngine;
  const view = buildView(model, { toggled, linkOf: (node) => links[node.id] });
  const layout = await layoutWith(engine, view);
  return { svg: renderTraceSvg(view, layout, { idPrefix, title }).svg, foldedTo: view.foldedTo };
};

(self as unknown as { atlasTraceRedraw: Redraw }).atlasTraceRedraw = redraw;
