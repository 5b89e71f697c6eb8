import type { Element, ElementContent, Root, RootContent } from "hast";
import { normTitle } from "../../content/title-key";

/** A paper of the entry with a confirmed identifier, as the body's Papers section links it. */
export interface PaperLink {
  /** The frontmatter's full title (matched against the quoted title of a list item). */
  title: string;
  /** https://arxiv.org/abs/… or https://doi.org/… */
  url: string;
  /** "arXiv:1711.05101" or "doi:10.…" */
  label: string;
}

const QUOTED = /["“]([^"”]+)["”]/g;


function text(node: RootContent | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(text).join("");
  return "";
}

function items(node: Element): Element[] {
  if (node.tagName === "li") return [node];
  return node.children.flatMap((c) => (c.type === "element" ? items(c) : []));
}

/**
 * In the body's "Papers" section (the h2 with id "papers" up to the next h2), every list item that quotes
 * the title of a paper with a confirmed identifier gets that identifier as a link after it, the same
 * link the entry's References list shows.
 */
export function rehypePaperLinks(options: { papers?: readonly PaperLink[] } = {}) {
  const byTitle = new Map((options.papers ?? []).map((p) => [normTitle(p.title), p]));
  return (tree: Root) => {
    if (byTitle.size === 0) return;
    let inPapers = false;
    for (const node of tree.children) {
      if (node.type !== "element") continue;
      if (node.tagName === "h2") {
        inPapers = node.properties.id === "papers";
        continue;
      }
      if (!inPapers) continue;
      for (const li of items(node)) {
        const quoted = [...text(li).matchAll(QUOTED)].map((m) => byTitle.get(normTitle(m[1]!))).find(Boolean);
        if (!quoted) continue;
        const link: Element = { type: "element", tagName: "a", properties: { href: quoted.url, className: ["reference-id"] }, children: [{ type: "text", value: quoted.label }] };
        // A loose list item wraps its text in a <p>: put the link inside it.
        const last = li.children.filter((c): c is Element => c.type === "element").at(-1);
        const host = last && last.tagName === "p" ? last : li;
        host.children.push({ type: "text", value: " " }, link);
      }
    }
  };
}
