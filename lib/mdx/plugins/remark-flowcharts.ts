import type { Element, ElementContent, Root as HastRoot } from "hast";
import { fromHtml } from "hast-util-from-html";
import { h } from "hastscript";
import type { Code, Root } from "mdast";
import { visit } from "unist-util-visit";
import { FLOWCHARTS_COMMAND, flowchartHash } from "../../content/flowcharts";
import type { TermMatcher } from "../../links/autolink";
import { labelEntry } from "../../links/label-link";
import type { OutboundLink } from "../types";
import { copyButton } from "./rehype-code-figures";

/** Labels are never drawn smaller than this (px): a wider flowchart scrolls sideways in its box instead. */
export const MIN_LABEL_PX = 10;
/** The size mermaid drew labels at (scripts/flowchart-svg.ts). */
const DRAWN_LABEL_PX = 16;

const classes = (node: Element): string[] => {
  const c = node.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === "string" ? (c as string).split(" ") : [];
};

/** A node's label as a reader sees it: its rows (mermaid wraps long labels) joined by spaces. */
function labelText(node: Element): string {
  const rows: string[] = [];
  const walk = (n: ElementContent, row: string[] | undefined) => {
    if (n.type === "text") row?.push(n.value);
    if (n.type !== "element") return;
    if (n.tagName === "tspan" && classes(n).includes("row")) {
      const own: string[] = [];
      for (const c of n.children) walk(c, own);
      rows.push(own.join(""));
      return;
    }
    for (const c of n.children) walk(c, row);
  };
  for (const c of node.children) walk(c, undefined);
  return rows.join(" ").replace(/\s+/g, " ").trim();
}

function stripPositions(node: HastRoot | ElementContent) {
  delete (node as { position?: unknown }).position;
  if ("children" in node) for (const c of node.children) stripPositions(c as ElementContent);
}

export interface FlowchartOptions {
  file: string;
  lineOffset?: number;
  /** Committed drawings by hash of the block's text (lib/content/flowcharts.ts). */
  drawings: Readonly<Record<string, string>>;
  matcher?: TermMatcher;
  selfSlug?: string;
  /** Receives the node links, for the link checker and the backlinks. */
  links: OutboundLink[];
}

/**
 * Replaces every ```mermaid block by its committed drawing, inline in the page's static HTML: a figure
 * with the SVG (natural size, scaled down to the column but never below MIN_LABEL_PX labels: past that
 * it scrolls sideways), "View source" and a copy button. A node whose label names an entry (the
 * auto-linker's matcher, lib/links/label-link.ts) becomes a link to it. A block with no drawing for its
 * current text fails the compile naming its line and the command that draws it.
 */
export function remarkFlowcharts(options: FlowchartOptions) {
  return (tree: Root) => {
    visit(tree, "code", (node: Code, index, parent) => {
      if (node.lang !== "mermaid" || !parent || index === undefined) return;
      const line = (node.position?.start.line ?? 0) + (options.lineOffset ?? 0);
      const hash = flowchartHash(node.value);
      const drawing = options.drawings[hash];
      if (!drawing)
        throw new Error(`${options.file}:${line + 1}: this flowchart has no committed drawing for its current text (content/flowcharts/${hash}.svg): run \`${FLOWCHARTS_COMMAND}\``);
      const root = fromHtml(drawing, { fragment: true });
      stripPositions(root);
      const svg = root.children.find((c): c is Element => c.type === "element" && c.tagName === "svg");
      if (!svg) throw new Error(`${options.file}:${line + 1}: content/flowcharts/${hash}.svg is not an SVG: run \`${FLOWCHARTS_COMMAND} -- --all\``);
      const width = Math.ceil(Number(svg.properties.width));
      const height = Math.ceil(Number(svg.properties.height));
      svg.properties.width = width;
      svg.properties.height = height;
      svg.properties.className = ["flowchart-svg"];
      svg.properties.ariaLabel = "Flowchart";

      // Nodes that name an entry become links to it.
      visit(svg, "element", (g: Element, i, p) => {
        if (g.tagName !== "g" || !classes(g).includes("node") || !p || i === undefined) return;
        const label = labelText(g);
        const term = options.matcher ? labelEntry(label, options.matcher, options.selfSlug) : undefined;
        if (!term) return "skip";
        (p.children as ElementContent[])[i] = h("a", { href: term.href, className: ["flowchart-node-link"] }, [g]) as Element;
        options.links.push({ url: term.href, line: line + 1 });
        return "skip";
      });

      const figure = h("figure", { className: ["diagram-figure", "flowchart"], dataDiagram: "mermaid" }, [
        h(
          "div",
          {
            className: ["flowchart-scroll"],
            tabIndex: 0,
            role: "region",
            ariaLabel: "Flowchart",
            style: `--fc-w:${width}px;--fc-min-w:${Math.ceil((width * MIN_LABEL_PX) / DRAWN_LABEL_PX)}px;--fc-h:${height}px`,
          },
          [svg],
        ),
        h("figcaption", { className: ["code-caption", "diagram-caption"] }, [
          h("span", { className: ["code-language"] }, "Flowchart"),
          h("details", { className: ["diagram-source"] }, [
            h("summary", { className: ["diagram-button"] }, "View source"),
            h("pre", { className: ["diagram-text"], dataCopySource: "" }, node.value),
          ]),
          copyButton("Copy flowchart source"),
        ]),
      ]);
      const replacement = { type: "flowchart", data: { hName: "figure", hProperties: figure.properties, hChildren: figure.children } };
      (parent.children as unknown[])[index] = replacement;
      return "skip";
    });
  };
}
