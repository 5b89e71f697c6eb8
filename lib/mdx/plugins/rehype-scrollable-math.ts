import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Display formulas scroll sideways when wider than the column; a scrollable region must be reachable
 * by keyboard (WCAG 2.1.1), so each gets tabindex="0" and is named as a formula.
 */
export function rehypeScrollableMath() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const cls = node.properties.className;
      if (Array.isArray(cls) && cls.includes("katex-display")) {
        node.properties.tabIndex = 0;
        node.properties.role = "group";
        node.properties.ariaLabel = "Formula";
      }
    });
  };
}
