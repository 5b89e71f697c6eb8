import type { Code, Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { diagramAnchors } from "../../diagram/anchors";

/** MDX component that renders each fenced language handled outside the code highlighter. */
const COMPONENT_FOR: Record<string, string> = { diagram: "Diagram" };

/**
 * Turns ```diagram fences into <Diagram source="…"/> elements before highlighting, so their text reaches
 * the component untouched (```mermaid fences are drawn ahead of time: remark-flowcharts). Records which
 * special fences the page uses, and the anchor ids its diagrams give their boxes (lib/diagram/anchors.ts,
 * the one derivation: the component draws the same ids from the same fence line).
 */
export function remarkSpecialBlocks(options: { seen: Set<string>; anchors: string[] }) {
  return (tree: Root) => {
    visit(tree, "code", (node: Code, index, parent) => {
      if (node.lang === "mermaid") options.seen.add("mermaid");
      const name = node.lang ? COMPONENT_FOR[node.lang] : undefined;
      if (!name || !parent || index === undefined) return;
      options.seen.add(node.lang!);
      const line = node.position?.start.line ?? 0;
      if (node.lang === "diagram") options.anchors.push(...diagramAnchors(node.value, line));
      const element: MdxJsxFlowElement = {
        type: "mdxJsxFlowElement",
        name,
        attributes: [
          { type: "mdxJsxAttribute", name: "source", value: node.value },
          { type: "mdxJsxAttribute", name: "line", value: String(line) },
        ],
        children: [],
      };
      parent.children.splice(index, 1, element);
    });
  };
}
