import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { EXPLICIT_ID, slugify } from "./slug";

export interface Section {
  /** Heading id, as the compiler gives it; "" for the text before the first heading. */
  id: string;
  title: string;
  depth: number;
  /** Plain text of the section's prose (code blocks, diagrams and JSX attributes left out). */
  text: string;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);
const NOT_PROSE = new Set(["code", "mdxjsEsm", "mdxFlowExpression", "html", "definition", "table"]);

function escapeExplicitIds(body: string): string {
  return body.replace(/^(#{1,6} .*?)\{#([a-z0-9][a-z0-9-]*)\}[ \t]*$/gm, "$1\\{#$2\\}");
}

function proseOf(node: RootContent): string {
  if (NOT_PROSE.has(node.type)) return "";
  if (node.type === "math") return "";
  if ("children" in node) return (node.children as RootContent[]).map(proseOf).filter(Boolean).join(node.type === "paragraph" || node.type === "tableCell" ? "" : " ");
  if (node.type === "inlineMath") return node.value;
  return "value" in node && typeof node.value === "string" ? node.value : "";
}

/** Splits an MDX body into its heading sections with plain text, for previews and search. */
export function sectionsOf(body: string): Section[] {
  const tree = parser.parse(escapeExplicitIds(body)) as Root;
  const sections: Section[] = [{ id: "", title: "", depth: 1, text: "" }];
  const parts: string[][] = [[]];
  for (const node of tree.children) {
    if (node.type === "heading") {
      const heading = node as Heading;
      let title = toString(heading).trim();
      const explicit = EXPLICIT_ID.exec(title);
      if (explicit) title = title.slice(0, explicit.index).trim();
      sections.push({ id: explicit?.[1] ?? slugify(title), title, depth: heading.depth, text: "" });
      parts.push([]);
      continue;
    }
    const text = proseOf(node).replace(/\s+/g, " ").trim();
    if (text) parts[parts.length - 1]!.push(text);
  }
  sections.forEach((s, i) => (s.text = parts[i]!.join(" ")));
  return sections.filter((s) => s.id !== "" || s.text !== "");
}
