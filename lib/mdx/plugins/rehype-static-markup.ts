import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { MdxJsxTextElementHast } from "mdast-util-mdx-jsx";

/** The MDX component that renders a static subtree as markup (see components/mdx/StaticMarkup.tsx). */
export const STATIC_MARKUP_COMPONENT = "StaticMarkup";

/** Class names, whether set as `className` (hast) or as a raw `class` string (shiki's output). */
function classesOf(node: Element): string[] {
  const value = node.properties.className ?? node.properties.class;
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/\s+/).filter(Boolean) : [];
}
const hasClass = (node: Element, name: string) => classesOf(node).includes(name);

/** Subtrees with no behaviour and many elements: a KaTeX formula, the highlighted code inside a <pre>. */
function isStaticHeavy(node: Element, parent: Element | Root): boolean {
  if (node.tagName === "span" && hasClass(node, "katex")) return true;
  return node.tagName === "code" && parent.type === "element" && parent.tagName === "pre";
}

/** Whether a node is, or holds, an MDX component, expression or import/export (which must stay MDX). */
export function containsJsx(node: ElementContent | RootContent): boolean {
  const t = node.type;
  if (t === "mdxJsxFlowElement" || t === "mdxJsxTextElement" || t === "mdxFlowExpression" || t === "mdxTextExpression" || t === "mdxjsEsm") return true;
  return "children" in node && (node.children as (ElementContent | RootContent)[]).some(containsJsx);
}

/**
 * Replaces formulas and highlighted code with one `<StaticMarkup tag html>` each, whose markup is set
 * as a whole. The page is the same, but React no longer creates (and hydrates in the browser) one node
 * per KaTeX span or code token — a third of an entry's elements — and the page's React payload
 * carries each formula as one string instead of a tree.
 */
export function rehypeStaticMarkup() {
  return (tree: Root) => {
    const walk = (parent: Element | Root) => {
      parent.children.forEach((child, i) => {
        // @shikijs/rehype leaves each highlighted block as a nested root.
        if ((child as unknown as Root).type === "root") return walk(child as unknown as Root);
        if (child.type !== "element") return;
        if (isStaticHeavy(child, parent) && !containsJsx(child) && Object.keys(child.properties).every((k) => k === "className" || k === "class")) {
          const classes = classesOf(child);
          const replacement: MdxJsxTextElementHast = {
            type: "mdxJsxTextElement",
            name: STATIC_MARKUP_COMPONENT,
            attributes: [
              { type: "mdxJsxAttribute", name: "tag", value: child.tagName },
              ...(classes.length ? [{ type: "mdxJsxAttribute" as const, name: "className", value: classes.join(" ") }] : []),
              { type: "mdxJsxAttribute", name: "html", value: toHtml(child.children) },
            ],
            children: [],
          };
          (parent.children as unknown[])[i] = replacement;
          return;
        }
        walk(child);
      });
    };
    walk(tree);
  };
}
