import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { blockHash, type BlockOutput } from "../content/code-runs";
import { flowchartHash } from "../content/flowcharts";
import { diagramAnchors } from "../diagram/anchors";
import { compileMdxUncached } from "./compile";

const compile = (body: string, lineOffset = 10, outputs?: Map<string, BlockOutput>, flowcharts?: Record<string, string>) =>
  compileMdxUncached("content/entries/x.mdx", body, lineOffset, { outputs, flowcharts });
const output = (source: string, stdout: string): [string, BlockOutput] => [blockHash(source), { line: 1, hash: blockHash(source), stdout, torch: "2.6.0+debian", python: "3.13.5" }];

describe("compileMdx", () => {
  it("collects the TOC, heading ids, links and features", async () => {
    const r = await compile(
      [
        "## What it does",
        "See [LayerNorm](/entries/layer-normalization#the-math) and $x^2$.",
        "### Details {#custom-id}",
        "#### Deep",
        "```diagram",
        "┌─┐",
        "└─┘",
        "```",
        "```mermaid",
        "flowchart LR",
        "```",
      ].join("\n"),
      10,
      undefined,
      { [flowchartHash("flowchart LR")]: readFileSync("tests/fixtures/flowcharts/small.svg", "utf8") },
    );
    expect(r.toc).toEqual([
      { id: "what-it-does", text: "What it does", depth: 2 },
      { id: "custom-id", text: "Details", depth: 3 },
    ]);
    expect(r.ids).toEqual(["what-it-does", "custom-id", "deep"]);
    // The diagram's box anchors, prefixed by its fence's line in the body (line 5).
    expect(r.anchors).toEqual(diagramAnchors("┌─┐\n└─┘", 5));
    expect(r.anchors).toEqual(["diagram-5-box-1"]);
    expect(r.links).toEqual([{ url: "/entries/layer-normalization#the-math", line: 12 }]);
    expect(r.features).toEqual({ math: true, mermaid: true, diagram: true, trace: false });
    expect(r.code).toContain("Diagram");
  });

  it("highlights code at build time with light and dark themes and a language attribute", async () => {
    const r = await compile("```python\ndef f(x):\n    return x\n```\n", 10, new Map([output("def f(x):\n    return x", "ok")]));
    expect(r.code).toContain("--shiki-dark");
    expect(r.code).toContain("--shiki-light");
    expect(r.code).toContain('data-language="python"');
  });

  it("draws what a traced block builds after its output, as static SVG linking to entries", async () => {
    const src = "import torch\nm = torch.nn.Softmax(dim=-1)\nprint(m(torch.zeros(2, 3)).sum())";
    const model = {
      nodes: [
        { id: 0, kind: "input" as const, name: "input", line: 3 },
        { id: 1, kind: "module" as const, name: "Softmax", qual: "torch.nn.modules.activation.Softmax", params: 0, builtin: true, line: 3 },
        { id: 2, kind: "op" as const, name: "softmax", parent: 1, line: 3 },
        { id: 3, kind: "output" as const, name: "output" },
      ],
      edges: [
        { from: 0, to: 2, shape: [2, 3], dtype: "float32" },
        { from: 2, to: 3, shape: [2, 3], dtype: "float32" },
      ],
    };
    const traces = new Map([[blockHash(src), { line: 1, hash: blockHash(src), models: [model] }]]);
    const r = await compileMdxUncached("content/entries/x.mdx", "```python\n" + src + "\n```\n", 10, {
      outputs: new Map([output(src, "tensor(2.)")]),
      traces,
      traceTorch: "2.6.0",
      traceLinks: (n) => (n.name === "Softmax" ? { slug: "softmax", title: "Softmax" } : undefined),
    });
    expect(r.features.trace).toBe(true);
    const html = r.code;
    expect(html).toContain("trace-figure");
    expect(html).toContain("What the code builds");
    expect(html).toContain("traced on PyTorch 2.6.0");
    expect(html).toContain("trace-svg");
    expect(html).toMatch(/class="trace-shape"[^>]*>2(×|\\xD7)3</); // (the compiled module escapes ×)
    expect(html).toContain("/entries/softmax");
    // after the output panel
    expect(html.indexOf("code-run--output")).toBeLessThan(html.indexOf("trace-figure"));
    // a block with no trace, or whose trace builds nothing, has no figure
    const none = await compile("```python\n" + src + "\n```\n", 10, new Map([output(src, "tensor(2.)")]));
    expect(none.features.trace).toBe(false);
    expect(none.code).not.toContain("trace-figure");
  });

  it("gives external links rel=noopener noreferrer, and leaves internal ones alone", async () => {
    const r = await compile("[out](https://example.org/x) and [in](/entries/adamw)\n");
    expect(r.code).toContain('<a href="https://example.org/x" rel="noopener noreferrer" class="external-link">out</a>');
    expect(r.code).toContain('<a href="/entries/adamw">in</a>');
  });

  it("renders math with MathML", async () => {
    const r = await compile("$$\n\\frac{a}{b}\n$$\n");
    expect(r.code).toContain("katex-mathml");
    expect(r.features.math).toBe(true);
  });

  it("fails on a duplicate heading id, naming both lines", async () => {
    await expect(compile("## Code\n\ntext\n\n## Code\n")).rejects.toThrow('content/entries/x.mdx:15: duplicate heading id "code" (first used on line 11)');
  });

  it("fails on LaTeX that KaTeX cannot render, naming the line and formula", async () => {
    await expect(compile("Text\n\n$\\frac{a}$\n")).rejects.toThrow(/content\/entries\/x\.mdx:13: bad LaTeX in \$\\frac\{a\}\$/);
  });

  it("reports MDX syntax errors with the file line", async () => {
    await expect(compile("Intro\n\nx <b\n")).rejects.toThrow(/content\/entries\/x\.mdx: line 13, column \d+/);
  });

  describe("python blocks", () => {
    it("puts each block's committed output after it, with the versions it ran on", async () => {
      const r = await compile("```python\nprint(1 + 1)\n```\n", 10, new Map([output("print(1 + 1)", "2 <tensor>")]));
      expect(r.code).not.toMatch(/CodeRun/);
      expect(r.code).toMatch(/<\/pre><\/figure>\n<figure class="code-run code-run--output">/);
      expect(r.code).toContain("<samp>2 &#x3C;tensor></samp>");
      expect(r.code).toContain('<figcaption class="code-run-caption"><span class="code-run-label">Output</span><span class="code-run-version">PyTorch 2.6.0+debian (CPU), Python 3.13.5</span></figcaption>');
    });

    it("shows a no-run block's reason instead of an output", async () => {
      const r = await compile('```python no-run reason="needs a CUDA device"\nx.cuda()\n```\n');
      expect(r.code).toContain('<p class="code-run code-run--no-run"><span class="code-run-label">Not run</span> needs a CUDA device</p>');
      expect(r.code).not.toContain("code-run--output");
    });

    it("fails naming the line when a block has no output for its current text", async () => {
      const stale = new Map([output("print(1)", "1")]);
      await expect(compile("Intro\n\n```python\nprint(2)\n```\n", 10, stale)).rejects.toThrow("content/entries/x.mdx:14: this python block has no committed output for its current text: run `npm run code:run -- content/entries/x.mdx`");
    });

    it("fails naming the line of a malformed fence", async () => {
      await expect(compile("```python no-run\nx\n```\n")).rejects.toThrow("content/entries/x.mdx:11: no-run needs a reason");
    });
  });
});
