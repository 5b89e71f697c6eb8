import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { escapeExplicitIds } from "./explicit-ids";

/**
 * The compiler's reading of an MDX body: remark with MDX, GFM and math, the syntax lib/mdx/compile.ts
 * gives mdx-bundler, after the same escaping of `{#id}` heading ids. lib/mdx builds on it
 * (lib/mdx/structure.ts runs the compiler's plugins over it), and lib/content reads fences through it
 * (code-blocks.ts), so a block is what the compiler sees, never a second guess.
 */
export function mdxBodyProcessor() {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);
}

/** One MDX body parsed as the compiler parses it (plugins not run). Throws remark's message on invalid MDX. */
export function parseMdxBody(body: string): Root {
  return mdxBodyProcessor().parse(escapeExplicitIds(body)) as Root;
}
