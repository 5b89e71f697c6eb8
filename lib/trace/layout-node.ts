import type { ViewGraph } from "./graph";
import { layoutWith, type ElkEngine, type ElkNode } from "./layout";

let elk: Promise<ElkEngine> | undefined;

/** Lays a view out at build time with elkjs in this thread (loaded once; the layout itself is synchronous GWT code). */
export async function layoutView(view: ViewGraph): Promise<ElkNode> {
  elk ??= import("elkjs/lib/elk.bundled.js").then((m) => {
    const ELK = (m as unknown as { default: new () => ElkEngine }).default;
    return new ELK();
  });
  return layoutWith(await elk, view);
}
