import type { Heading, Root, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { EXPLICIT_ID, slugify } from "../../content/slug";
import type { TocItem } from "../types";

export interface HeadingIdsOptions {
  file: string;
  lineOffset: number;
  toc: TocItem[];
  ids: string[];
}

/**
 * Gives every heading a stable id from the site's one slugger (or its explicit `{#id}`), collects the
 * table of contents, and fails on a duplicate id, naming both lines.
 */
export function remarkHeadingIds(options: HeadingIdsOptions) {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    visit(tree, "heading", (node: Heading) => {
      const line = (node.position?.start.line ?? 0) + options.lineOffset;
      let explicit: string | undefined;
      const last = node.children[node.children.length - 1];
      if (last?.type === "text") {
        const m = EXPLICIT_ID.exec(last.value);
        if (m) {
          explicit = m[1];
          (last as Text).value = last.value.slice(0, m.index);
        }
      }
      const text = toString(node).trim();
      const id = explicit ?? slugify(text);
      if (!id) throw new Error(`${options.file}:${line}: heading "${text}" has no characters to make an id from; give it an explicit {#id}`);
      const first = seen.get(id);
      if (first !== undefined) {
        throw new Error(`${options.file}:${line}: duplicate heading id "${id}" (first used on line ${first}); rename the heading or give it an explicit {#id}`);
      }
      seen.set(id, line);
      options.ids.push(id);
      // mdast-util-to-hast copies data.hProperties onto the <h*> element.
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id };
      if (node.depth === 2 || node.depth === 3) options.toc.push({ id, text, depth: node.depth });
    });
  };
}
