import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { COMPARED_SECTIONS } from "./compare";

export type ComparedSectionId = (typeof COMPARED_SECTIONS)[number]["id"];

type Node = RootContent | ElementContent;

/** hast parses `class` into a list. */
const classes = (el: Element): string[] => {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
};

/** Page controls and page-only figures that mean nothing in a /compare column. */
function dropped(el: Element): boolean {
  if (el.tagName === "button") return true;
  const c = classes(el);
  // Heading anchors, copy buttons and a diagram's zoom bar act on the entry page; the traced model
  // diagrams need their own script and stylesheet (components/trace), which /compare does not load.
  return ["heading-anchor", "copy-button", "diagram-toolbar", "trace-figure"].some((name) => c.includes(name));
}

/**
 * Removes ids (two entries side by side would clash), the references to them (a diagram's SVG is
 * labelled by its own <title> all the same) and dropped elements, in place.
 */
function clean(nodes: Node[]): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    if (n.type === "element") {
      if (dropped(n)) continue;
      delete n.properties.id;
      delete n.properties.ariaLabelledBy;
      delete n.properties.ariaDescribedBy;
      n.children = clean(n.children) as ElementContent[];
    }
    out.push(n);
  }
  return out;
}

/**
 * The runs of plain content are wrapped in `div.mdx-run` (`display: contents`, lib/mdx/plugins/
 * rehype-static-runs.ts): unwrapped here, so a section is the h2 and everything after it, runs and
 * components alike, up to the next h2 or the footnotes' section.
 */
function flatten(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => (n.type === "element" && n.tagName === "div" && classes(n).includes("mdx-run") ? flatten(n.children) : [n]));
}

/**
 * The sections /compare lines up (lib/compare/compare.ts COMPARED_SECTIONS), cut from an entry body's
 * rendered HTML (the same components as the entry page, rendered at build time): section id → the
 * HTML after its h2, "" when the entry has no such section. Ids, heading anchors, buttons and traced
 * model diagrams are removed.
 */
export function comparedSections(bodyHtml: string): Record<ComparedSectionId, string> {
  const tree: Root = fromHtml(bodyHtml, { fragment: true });
  const wanted = new Set<string>(COMPARED_SECTIONS.map((s) => s.id));
  const found = new Map<string, Node[]>();
  let current: Node[] | undefined;
  for (const n of flatten(tree.children)) {
    if (n.type === "element" && (n.tagName === "h2" || n.tagName === "section")) {
      const id = n.tagName === "h2" ? String(n.properties.id ?? "") : "";
      current = wanted.has(id) && !found.has(id) ? [] : undefined;
      if (current) found.set(id, current);
      continue;
    }
    current?.push(n);
  }
  const out = {} as Record<ComparedSectionId, string>;
  for (const { id } of COMPARED_SECTIONS) {
    const nodes = clean(found.get(id) ?? []);
    out[id] = nodes.some((n) => n.type !== "text" || n.value.trim()) ? toHtml(nodes as RootContent[]).trim() : "";
  }
  return out;
}
