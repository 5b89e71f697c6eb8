import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/** External links open safely: rel="noopener noreferrer" and a class for styling. */
export function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== "a" || typeof href !== "string" || !/^https?:\/\//i.test(href)) return;
      node.properties.rel = ["noopener", "noreferrer"];
      node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), "external-link"];
    });
  };
}
