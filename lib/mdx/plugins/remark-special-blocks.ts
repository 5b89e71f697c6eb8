import type { Code, Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";

/** MDX component that renders each fenced language handled outside the code highlighter. */
const COMPONENT_FOR: Record<string, string> = { diagram: "Diagram" };

/**
 * Turns ```diagram fences into <Diagram source="…"/> elements before highlighting, so their text reaches
 * the component untouched (```mermaid fences are drawn ahead of time: remark-flowcharts). Records which
 * special fences the page uses.
 */
export function remarkSpecialBlocks(options: { seen: Set<string> }) {
  return (tree: Root) => {
    visit(tree, "code", (node: Code, index, parent) => {
      if (node.lang === "mermaid") options.seen.add("mermaid");
      const name = node.lang ? COMPONENT_FOR[node.lang] : undefined;
      if (!name || !parent || index === undefined) return;
      options.seen.add(node.lang!);
      const element: MdxJsxFlowElement = {
        type: "mdxJsxFlowElement",
        name,
        attributes: [
          { type: "mdxJsxAttribute", name: "source", value: node.value },
          { type: "mdxJsxAttribute", name: "line", value: String(node.position?.start.line ?? 0) },
        ],
        children: [],
      };
      parent.children.splice(index, 1, element);
    });
  };
}
