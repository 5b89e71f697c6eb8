import { mdxBodyProcessor, parseMdxBody } from "../content/mdast";
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
  const processor = mdxBodyProcessor()
    .use(remarkHeadingIds, { file, lineOffset, toc: structure.toc, ids: structure.ids })
    .use(remarkStructure, { sections: structure.sections });
  processor.runSync(parseMdxBody(body));
  return structure;
}

export type { StructuredSection } from "./plugins/remark-structure";
