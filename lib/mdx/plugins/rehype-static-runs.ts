import type { ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";
import { containsJsx, STATIC_MARKUP_COMPONENT } from "./rehype-static-markup";

type Node = RootContent | ElementContent;

const isBlank = (node: Node) => node.type === "text" && !node.value.trim();

/**
 * Sets every run of plain markup in an entry (paragraphs, headings, lists, code figures, tables,
 * formulas: everything between two components) as one `<StaticMarkup tag="div" className="mdx-run">`
 * block, whose wrapper is `display: contents` (no box, no change to layout). React then hydrates one
 * element per run instead of every paragraph and link, and the page's React payload carries each run
 * as one HTML string, as a page of plain HTML would. Components (diagrams, explorers, callouts) stay
 * React; the runs inside a callout's children are set the same way.
 */
export function rehypeStaticRuns() {
  return (tree: Root) => {
    const group = (parent: { children: Node[] }) => {
      const out: Node[] = [];
      let run: Node[] = [];
      const flush = () => {
        if (run.some((n) => !isBlank(n))) {
          const block: MdxJsxFlowElementHast = {
            type: "mdxJsxFlowElement",
            name: STATIC_MARKUP_COMPONENT,
            attributes: [
              { type: "mdxJsxAttribute", name: "tag", value: "div" },
              { type: "mdxJsxAttribute", name: "className", value: "mdx-run" },
              // Raw nodes are our own pipeline's markup (the traced diagrams' SVG), never content's.
              { type: "mdxJsxAttribute", name: "html", value: toHtml(run as RootContent[], { allowDangerousHtml: true }) },
            ],
            children: [],
          };
          out.push(block as unknown as Node);
        } else out.push(...run);
        run = [];
      };
      for (const child of parent.children) {
        if (!containsJsx(child)) {
          run.push(child);
          continue;
        }
        flush();
        if (child.type === "mdxJsxFlowElement") group(child as unknown as { children: Node[] });
        out.push(child);
      }
      flush();
      parent.children = out;
    };
    group(tree as unknown as { children: Node[] });
  };
}
