import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { OutboundLink } from "../types";

/** Records every Markdown link with its line in the file, for the link checker. */
export function remarkCollectLinks(options: { links: OutboundLink[]; lineOffset: number }) {
  return (tree: Root) => {
    visit(tree, "link", (node) => {
      options.links.push({ url: node.url, line: (node.position?.start.line ?? 0) + options.lineOffset });
    });
  };
}
