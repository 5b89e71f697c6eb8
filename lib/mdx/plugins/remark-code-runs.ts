import type { Code, Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { blockHash, parseRunMeta, type BlockOutput } from "../../content/code-runs";
import type { BlockTrace } from "../../content/traces";

/** The MDX component that shows, under a python block, what it printed or why it does not run. */
export const CODE_RUN_COMPONENT = "CodeRun";
/** Placeholder for the diagram of what a block's code builds (replaced by rehype-trace-figures). */
export const CODE_TRACE_COMPONENT = "CodeTrace";

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: "mdxJsxAttribute", name, value });

/**
 * Puts a <CodeRun> panel after every ```python block: its committed output (matched by the hash of
 * the block's text, with the PyTorch version it came from), or the fence's no-run reason. A block
 * whose text has no committed output fails the compile naming its line, so a page never shows a
 * stale output or none.
 */
export function remarkCodeRuns(options: { file: string; lineOffset?: number; outputs: ReadonlyMap<string, BlockOutput>; traces?: ReadonlyMap<string, BlockTrace>; traceTorch?: string }) {
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
      // What the block's models computed, when it was traced and builds one (a failed trace: no figure).
      const trace = mode.run ? options.traces?.get(blockHash(node.value)) : undefined;
      if (trace?.models?.length) {
        const data = JSON.stringify({ line: line + 1, torch: options.traceTorch ?? "", models: trace.models });
        parent.children.splice(index + 2, 0, { type: "mdxJsxFlowElement", name: CODE_TRACE_COMPONENT, attributes: [attr("data", data)], children: [] });
        return index + 3;
      }
      return index + 2;
    });
  };
}
