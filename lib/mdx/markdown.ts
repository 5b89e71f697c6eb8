import type { BlockContent, Code, Heading, Link, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { blockHash, parseRunMeta, type BlockOutput } from "../content/code-runs";
import { EXPLICIT_ID } from "../content/slug";
import { escapeExplicitIds } from "../content/explicit-ids";

/**
 * An MDX body as plain Markdown, for /entries/<slug>.md and /llms-full.txt: the same parse as the
 * compiler (remark-mdx, GFM, math), then every MDX node is replaced by Markdown and remark-stringify
 * writes the tree back. Formulas stay LaTeX ($…$, $$…$$), each python block is followed by its committed
 * output (or why it does not run), ```diagram boxes become fenced text, and every component of
 * components/mdx/registry.tsx has a rendering here; an unknown one is an error naming its line.
 */

export interface MarkdownOptions {
  /** Reported in errors, with lines counted from `lineOffset + 1`. */
  file: string;
  lineOffset?: number;
  /** Absolute address of the page this body belongs to: interactive parts link to it. */
  pageUrl: string;
  /** Site origin without trailing slash: root-relative links are made absolute with it. */
  siteUrl: string;
  /** Committed outputs of the page's python blocks, by block hash (lib/content/code-runs). */
  outputs: ReadonlyMap<string, BlockOutput>;
}

type Flow = RootContent;
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const text = (value: string) => ({ type: "text" as const, value });
const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });

function stringAttr(node: Jsx, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === "mdxJsxAttribute" && x.name === name);
  return typeof a?.value === "string" ? a.value : undefined;
}

/** A callout becomes a blockquote whose first line is its title in bold. */
function callout(title: string) {
  return (node: Jsx): Flow[] => {
    const children = node.children as BlockContent[];
    const first = children[0];
    const lead = strong(`${title}:`);
    if (node.type === "mdxJsxTextElement") return [paragraph([lead, text(" "), ...(node.children as PhrasingContent[])])];
    const body: BlockContent[] =
      first?.type === "paragraph" ? [paragraph([lead, text(" "), ...first.children]), ...children.slice(1)] : [paragraph([lead]), ...children];
    return [{ type: "blockquote", children: body }];
  };
}

/** An interactive explorer cannot be Markdown: one line saying what it is, linking to the page. */
function explorer(what: string) {
  return (_node: Jsx, options: MarkdownOptions): Flow[] => [
    paragraph([{ type: "emphasis", children: [text(`Interactive: ${what}. Open `), { type: "link", url: options.pageUrl, children: [text("the page")] }, text(" to use it.")] }]),
  ];
}

/** Markdown for each MDX component of components/mdx/registry.tsx that content may write. */
export const MARKDOWN_FOR_COMPONENT: Record<string, (node: Jsx, options: MarkdownOptions) => Flow[]> = {
  EditorNote: callout("Editor's note"),
  SourceClaim: callout("Source's claim, unverified"),
  Collapsible: (node) => [paragraph([strong(stringAttr(node, "summary") ?? "Details")]), ...(node.children as Flow[])],
  ActivationExplorer: explorer("a plot of the activation function and its derivative, with adjustable parameters"),
  ScheduleExplorer: explorer("a plot of the learning-rate schedule over training, with adjustable parameters"),
  AttentionMaskExplorer: explorer("a grid of which positions each query may attend to, with adjustable parameters"),
  OptimizerRace: explorer("optimizers racing on a 2-D loss surface, with adjustable hyperparameters"),
  LossExplorer: explorer("a plot of the loss and its gradient against the prediction, with adjustable parameters"),
};

/**
 * Components the compiler itself inserts (never written in content): Diagram and Mermaid come from
 * ```diagram and ```mermaid fences, which this serializer keeps as fences; StaticMarkup is its own output.
 */
export const COMPILER_COMPONENTS = ["Diagram", "Mermaid", "StaticMarkup"] as const;

function lineOf(node: { position?: { start: { line: number } } }, options: MarkdownOptions): number {
  return (node.position?.start.line ?? 0) + (options.lineOffset ?? 0);
}

/** What a python block printed, as an "Output" line and a text fence, or its no-run reason. */
function runPanel(node: Code, options: MarkdownOptions): Flow[] {
  const line = lineOf(node, options);
  const mode = parseRunMeta(node.meta ?? "");
  if ("error" in mode) throw new Error(`${options.file}:${line}: ${mode.error}`);
  node.meta = null;
  if (!mode.run) return [paragraph([strong("Not run:"), text(` ${mode.reason}`)])];
  const output = options.outputs.get(blockHash(node.value));
  if (!output) throw new Error(`${options.file}:${line + 1}: this python block has no committed output for its current text: run \`npm run code:run -- ${options.file}\``);
  const caption = `PyTorch ${output.torch}, CPU, Python ${output.python}`;
  return [paragraph([strong("Output"), text(` (${caption}):`)]), { type: "code", lang: "text", meta: null, value: output.stdout }];
}

/** An inline component's replacement, unwrapped to phrasing content (a callout used in a sentence keeps its title and text). */
function toPhrasing(nodes: Flow[]): Flow[] {
  return nodes.flatMap((n) => (n.type === "paragraph" ? n.children : n.type === "blockquote" ? toPhrasing(n.children) : [n]));
}

function transform(tree: Root, options: MarkdownOptions): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    const at = () => `${options.file}:${lineOf(node, options)}`;
    switch (node.type) {
      case "mdxjsEsm":
        throw new Error(`${at()}: import/export in an entry is not supported (components come from components/mdx/registry.tsx)`);
      case "mdxFlowExpression":
      case "mdxTextExpression": {
        // Comments ({/* … */}) vanish; any other expression would need evaluating, which content never needs.
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value) || node.value.trim() === "") {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        throw new Error(`${at()}: JavaScript expression {${node.value}} has no Markdown form`);
      }
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const render = node.name ? MARKDOWN_FOR_COMPONENT[node.name] : undefined;
        if (!render) throw new Error(`${at()}: <${node.name ?? ""}> has no Markdown rendering (add one to MARKDOWN_FOR_COMPONENT in lib/mdx/markdown.ts)`);
        let replacement = render(node, options);
        // Inline elements can only be replaced by phrasing content: keep their text.
        if (node.type === "mdxJsxTextElement") replacement = toPhrasing(replacement);
        parent.children.splice(index, 1, ...(replacement as never[]));
        // Visit the replacement (a callout's children may hold more components).
        return [SKIP, index];
      }
      case "code": {
        if (node.lang === "diagram") {
          node.lang = "text";
          return;
        }
        if (node.lang !== "python" && node.lang !== "py") return;
        const panel = runPanel(node, options);
        parent.children.splice(index + 1, 0, ...(panel as never[]));
        return [SKIP, index + 1 + panel.length];
      }
      case "heading": {
        const last = (node as Heading).children.at(-1);
        if (last?.type === "text") last.value = last.value.replace(EXPLICIT_ID, "");
        return;
      }
      case "link": {
        const link = node as Link;
        if (link.url.startsWith("/") && !link.url.startsWith("//")) link.url = `${options.siteUrl}${link.url}`;
        return;
      }
    }
  });
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);
const writer = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkMath)
  .use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*", fence: "`", fences: true, rule: "-", listItemIndent: "one", resourceLink: true });

/** The Markdown tree of an MDX body (frontmatter already removed), every MDX node replaced. */
export function mdxToMdast(body: string, options: MarkdownOptions): Root {
  let tree: Root;
  try {
    tree = parser.parse(escapeExplicitIds(body)) as Root;
  } catch (err) {
    const e = err as { line?: number; reason?: string; message: string };
    throw new Error(`${options.file}:${(e.line ?? 0) + (options.lineOffset ?? 0)}: ${e.reason ?? e.message}`);
  }
  transform(tree, options);
  return tree;
}

/** Writes a Markdown tree as text (GFM tables, $…$ and $$…$$ math), ending in one newline. */
export function stringifyMarkdown(tree: Root): string {
  return `${String(writer.stringify(tree)).trimEnd()}\n`;
}

/** The Markdown of an MDX body (frontmatter already removed). */
export function mdxToMarkdown(body: string, options: MarkdownOptions): string {
  return stringifyMarkdown(mdxToMdast(body, options));
}
