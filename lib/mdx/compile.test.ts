import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { blockHash, type BlockOutput } from "../content/code-runs";
import { flowchartHash } from "../content/flowcharts";
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
    expect(r.links).toEqual([{ url: "/entries/layer-normalization#the-math", line: 12 }]);
    expect(r.features).toEqual({ math: true, mermaid: true, diagram: true });
    expect(r.code).toContain("Diagram");
  });

  it("highlights code at build time with light and dark themes and a language attribute", async () => {
    const r = await compile("```python\ndef f(x):\n    return x\n```\n", 10, new Map([output("def f(x):\n    return x", "ok")]));
    expect(r.code).toContain("--shiki-dark");
    expect(r.code).toContain("--shiki-light");
    expect(r.code).toContain('data-language="python"');
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
