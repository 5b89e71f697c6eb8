import type { Code, Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { blockHash, parseRunMeta, type BlockOutput } from "../../content/code-runs";

/** The MDX component that shows, under a python block, what it printed or why it does not run. */
export const CODE_RUN_COMPONENT = "CodeRun";

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: "mdxJsxAttribute", name, value });

/**
 * Puts a <CodeRun> panel after every ```python block: its committed output (matched by the hash of
 * the block's text, with the PyTorch version it came from), or the fence's no-run reason. A block
 * whose text has no committed output fails the compile naming its line, so a page never shows a
 * stale output or none.
 */
export function remarkCodeRuns(options: { file: string; lineOffset?: number; outputs: ReadonlyMap<string, BlockOutput> }) {
  return (tree: Root) => {
    visit(tree, "code", (node: Code, index, parent) => {
      if ((node.lang !== "python" && node.lang !== "py") || !parent || index === undefined) return;
      const line = (node.position?.start.line ?? 0) + (options.lineOffset ?? 0);
      const mode = parseRunMeta(node.meta ?? "");
      if ("error" in mode) throw new Error(`${options.file}:${line}: ${mode.error}`);
      let attributes: MdxJsxAttribute[];
      if (!mode.run) attributes = [attr("noRun", mode.reason)];
      else {
        const output = options.outputs.get(blockHash(node.value));
        if (!output)
          throw new Error(`${options.file}:${line + 1}: this python block has no committed output for its current text: run \`npm run code:run -- ${options.file}\``);
        attributes = [attr("output", output.stdout), attr("torch", output.torch), attr("python", output.python)];
      }
      node.meta = null;
      const panel: MdxJsxFlowElement = { type: "mdxJsxFlowElement", name: CODE_RUN_COMPONENT, attributes, children: [] };
      parent.children.splice(index + 1, 0, panel);
      return index + 2;
    });
  };
}
