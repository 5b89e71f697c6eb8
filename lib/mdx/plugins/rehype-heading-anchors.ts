import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

const HEADINGS = new Set(["h2", "h3", "h4", "h5", "h6"]);

/** Appends a self-link to each heading with an id (clicking it also copies the URL); CSS shows it on hover and focus. */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (!HEADINGS.has(node.tagName) || typeof node.properties.id !== "string") return;
      node.children.push({
        type: "element",
        tagName: "a",
        properties: { href: `#${node.properties.id}`, className: ["heading-anchor"], ariaLabel: "Copy link to this section", title: "Copy link to this section" },
        children: [{ type: "text", value: "#" }],
      });
    });
  };
}
