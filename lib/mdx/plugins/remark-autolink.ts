import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from "mdast";
import type { TermMatcher } from "../../links/autolink";

export interface AutolinkOptions {
  matcher: TermMatcher;
  /** The page being compiled: it never links to itself. */
  selfSlug: string;
}

/** Nodes whose text is never linked: code, math, existing links, headings, raw JSX/expressions. */
const SKIP = new Set(["code", "inlineCode", "math", "inlineMath", "link", "linkReference", "heading", "mdxjsEsm", "mdxFlowExpression", "mdxTextExpression", "html", "definition"]);

/**
 * Links the first mention per section of another entry's title or alias (glossary terms to their
 * glossary section). Sections start at every h2/h3.
 */
export function remarkAutolink(options: AutolinkOptions) {
  return (tree: Root) => {
    let linked = new Set<string>();

    const linkify = (node: Text): PhrasingContent[] | undefined => {
      const matches = options.matcher.find(node.value).filter((m) => m.term.slug !== options.selfSlug && !linked.has(m.term.href));
      if (matches.length === 0) return undefined;
      const out: PhrasingContent[] = [];
      let at = 0;
      for (const m of matches) {
        if (linked.has(m.term.href)) continue; // the same target twice in one text node
        linked.add(m.term.href);
        if (m.start > at) out.push({ type: "text", value: node.value.slice(at, m.start) });
        const link: Link = {
          type: "link",
          url: m.term.href,
          children: [{ type: "text", value: node.value.slice(m.start, m.end) }],
          data: { hProperties: { className: ["autolink"] } },
        };
        if (node.position) link.position = node.position;
        out.push(link);
        at = m.end;
      }
      if (out.length === 0) return undefined;
      if (at < node.value.length) out.push({ type: "text", value: node.value.slice(at) });
      return out;
    };

    const walk = (parent: Parent) => {
      const children = parent.children as RootContent[];
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === "heading" && (child.depth === 2 || child.depth === 3)) linked = new Set();
        if (SKIP.has(child.type)) continue;
        if (child.type === "text") {
          const replacement = linkify(child);
          if (replacement) {
            children.splice(i, 1, ...(replacement as RootContent[]));
            i += replacement.length - 1;
          }
          continue;
        }
        if ("children" in child) walk(child as Parent);
      }
    };
    walk(tree);
  };
}
