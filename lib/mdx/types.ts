export interface TocItem {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface OutboundLink {
  url: string;
  line: number;
}

export interface CompiledMdx {
  /** mdx-bundler output: the body of a function that returns the MDX component. */
  code: string;
  /** h2 and h3 headings in order, for the on-page table of contents. */
  toc: TocItem[];
  /** Every heading id on the page, for anchor checks. */
  ids: string[];
  /** The anchor ids of the boxes of the page's diagrams, in order (lib/diagram/anchors.ts). */
  anchors: string[];
  /** Every link written in the MDX, with its line in the source file. */
  links: OutboundLink[];
  /** Languages of fenced blocks, e.g. to load mermaid only where used. */
  features: { math: boolean; mermaid: boolean; diagram: boolean; trace: boolean };
}
