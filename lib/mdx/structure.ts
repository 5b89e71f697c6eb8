import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { escapeExplicitIds } from "./explicit-ids";
import { remarkHeadingIds } from "./plugins/remark-heading-ids";
import { remarkStructure, type StructuredSection } from "./plugins/remark-structure";
import type { TocItem } from "./types";


export interface PageStructure {
  sections: StructuredSection[];
  toc: TocItem[];
  ids: string[];
}

/**
 * A page's structure (sections with their prose, the table of contents, heading ids) from the
 * compiler's own parse and plugins, without rendering: search, hover previews and checks read pages
 * through this, so their ids and text are the page's by construction. Fails like the compiler does
 * (a duplicate heading id names both lines).
 */
export function structureOf(file: string, body: string, lineOffset = 0): PageStructure {
  const structure: PageStructure = { sections: [], toc: [], ids: [] };
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkHeadingIds, { file, lineOffset, toc: structure.toc, ids: structure.ids })
    .use(remarkStructure, { sections: structure.sections });
  processor.runSync(processor.parse(escapeExplicitIds(body)) as Root);
  return structure;
}

export type { StructuredSection } from "./plugins/remark-structure";
