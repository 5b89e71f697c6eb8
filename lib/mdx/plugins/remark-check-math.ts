import katex from "katex";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/**
 * Fails the compile on the first formula KaTeX cannot render, naming the line and the formula.
 * rehype-katex only records a warning and renders the source in red; a broken formula must stop the build.
 */
export function remarkCheckMath(options: { file: string; lineOffset?: number; onMath?: () => void }) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== "math" && node.type !== "inlineMath") return;
      options.onMath?.();
      try {
        katex.renderToString(node.value, { displayMode: node.type === "math", throwOnError: true, strict: false });
      } catch (err) {
        const line = (node.position?.start.line ?? 0) + (options.lineOffset ?? 0);
        const reason = err instanceof Error ? err.message.replace(/^KaTeX parse error: /, "") : String(err);
        throw new Error(`${options.file}:${line}: bad LaTeX in $${node.value}$: ${reason}`);
      }
    });
  };
}
