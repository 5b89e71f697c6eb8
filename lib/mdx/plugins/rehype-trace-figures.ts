import type { Element, Root } from "hast";
import { h } from "hastscript";
import type { MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { TraceModel, TraceNode } from "../../content/traces";
import { buildView, type LinkRef } from "../../trace/graph";
import { layoutView } from "../../trace/layout-node";
import { renderTraceSvg } from "../../trace/svg";
import { CODE_TRACE_COMPONENT } from "./remark-code-runs";

export interface TraceFigureOptions {
  linkOf?: (node: TraceNode) => LinkRef | undefined;
}

/** The name a model is known by: its root module's class. */
function modelName(model: TraceModel): string {
  return model.nodes.find((n) => n.kind === "module" && n.parent === undefined)?.name ?? "model";
}

/**
 * Replaces each <CodeTrace> that remark-code-runs put after a traced python block with the figure
 * "What the code builds": every model the block called, laid out with elkjs and drawn as static SVG
 * (lib/trace). The figure carries what the page's script (components/trace/trace-controller.ts)
 * needs to redraw a model when a reader opens or closes a module: the block's first line and hash of
 * the trace, and the entry links of its nodes.
 */
export function rehypeTraceFigures(options: TraceFigureOptions = {}) {
  return async (tree: Root) => {
    const found: { node: MdxJsxFlowElementHast; index: number; parent: { children: unknown[] } }[] = [];
    visit(tree, "mdxJsxFlowElement", (node: MdxJsxFlowElementHast, index, parent) => {
      if (node.name === CODE_TRACE_COMPONENT && parent && index !== undefined) found.push({ node, index, parent: parent as { children: unknown[] } });
    });
    for (const { node, index, parent } of found) {
      const raw = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "data")?.value;
      const data = JSON.parse(String(raw)) as { line: number; torch: string; models: TraceModel[] };
      parent.children[index] = await traceFigure(data, options);
    }
  };
}

export async function traceFigure(data: { line: number; torch: string; models: TraceModel[] }, options: TraceFigureOptions = {}): Promise<Element> {
  const parts: Element[] = [];
  for (const [i, model] of data.models.entries()) {
    const view = buildView(model, { linkOf: options.linkOf });
    const layout = await layoutView(view);
    const name = modelName(model);
    const prefix = `trace-${data.line}-${i}`;
    const { svg, width } = renderTraceSvg(view, layout, { idPrefix: prefix, title: `${name}, as traced: ${view.nodeCount} steps` });
    const links: Record<string, LinkRef> = {};
    for (const n of model.nodes) {
      const l = n.kind === "module" || n.kind === "op" ? options.linkOf?.(n) : undefined;
      if (l) links[n.id] = l;
    }
    const notes: string[] = [];
    if (view.foldedTo !== undefined) notes.push(`Modules below depth ${view.foldedTo + 1} are folded to fit; open one to see its steps.`);
    if (model.truncated) notes.push("The recording stopped at its size limit; later steps are not shown.");
    parts.push(
      h("div", { className: ["trace-model"], dataModel: String(i), dataLinks: JSON.stringify(links), dataWidth: String(width) }, [
        h("div", { className: ["trace-scroll"], tabIndex: -1 }, [{ type: "raw", value: svg } as unknown as Element]),
        ...notes.map((n) => h("p", { className: ["trace-note"] }, n)),
      ]),
    );
  }
  const names = [...new Set(data.models.map(modelName))].join(", ");
  return h("figure", { className: ["trace-figure"], dataTraceLine: String(data.line), ariaLabel: `What the code builds: ${names}` }, [
    h("figcaption", { className: ["trace-caption"] }, [
      h("span", { className: ["code-language"] }, "What the code builds"),
      h("span", { className: ["trace-version"] }, `${names}, traced on PyTorch ${data.torch}`),
    ]),
    ...parts,
    h("p", { className: ["trace-tip"], dataTraceTip: "" }, ""),
  ]);
}
