import type { Element, Root } from "hast";
import { h } from "hastscript";
import type { MdxJsxFlowElementHast } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { CODE_RUN_COMPONENT } from "./remark-code-runs";

const LABELS: Record<string, string> = { python: "Python", text: "Text", bash: "Shell", shell: "Shell", json: "JSON", yaml: "YAML", typescript: "TypeScript", javascript: "JavaScript" };

/**
 * A copy button as hast: the same markup as components/mdx/CopyButton.tsx (static, handled by the one
 * delegated listener in components/links/DeepLinks.tsx; hidden until the page's enhancements load).
 */
export function copyButton(label = "Copy code"): Element {
  return h("button", { type: "button", className: ["copy-button"], ariaLabel: label, dataCopyLabel: label }, "Copy");
}

/** The panel under a python block: what it printed, with the versions it ran on, or why it does not run. */
export function codeRunPanel(run: { output: string; torch: string; python: string } | { noRun: string }): Element {
  if ("noRun" in run) return h("p", { className: ["code-run", "code-run--no-run"] }, [h("span", { className: ["code-run-label"] }, "Not run"), ` ${run.noRun}`]);
  const version = `PyTorch ${run.torch} (CPU), Python ${run.python}`;
  return h("figure", { className: ["code-run", "code-run--output"] }, [
    h("figcaption", { className: ["code-run-caption"] }, [h("span", { className: ["code-run-label"] }, "Output"), h("span", { className: ["code-run-version"] }, version)]),
    h("pre", { className: ["code-run-text"], tabIndex: 0 }, [h("samp", run.output)]),
  ]);
}

/**
 * Code blocks and tables get their frame in the hast, not through React components, so that they are
 * plain markup that rehype-static-runs can set as a whole:
 * - a highlighted <pre> goes into a figure with its language label and a copy button;
 * - a <table> goes into a scrollable, focusable region;
 * - the <CodeRun> that remark-code-runs put after a python block becomes its output panel.
 */
export function rehypeCodeFigures() {
  return (tree: Root) => {
    visit(tree, "mdxJsxFlowElement", (node: MdxJsxFlowElementHast, index, parent) => {
      if (node.name !== CODE_RUN_COMPONENT || !parent || index === undefined) return;
      const attrs = new Map(node.attributes.flatMap((a) => (a.type === "mdxJsxAttribute" && typeof a.value === "string" ? [[a.name, a.value] as const] : [])));
      const noRun = attrs.get("noRun");
      (parent.children as unknown[])[index] =
        noRun !== undefined
          ? codeRunPanel({ noRun })
          : codeRunPanel({ output: attrs.get("output") ?? "", torch: attrs.get("torch") ?? "", python: attrs.get("python") ?? "" });
    });
    visit(tree, "element", (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === "pre" && node.properties["data-language"] !== undefined) {
        const lang = String(node.properties["data-language"]);
        node.properties.dataCopySource = "";
        parent.children[index] = h("figure", { className: ["code-figure"] }, [
          h("figcaption", { className: ["code-caption"] }, [h("span", { className: ["code-language"] }, LABELS[lang] ?? lang), copyButton()]),
          node,
        ]);
        return "skip";
      }
      if (node.tagName === "table") {
        parent.children[index] = h("div", { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: "Table" }, [node]);
        return "skip";
      }
    });
  };
}
