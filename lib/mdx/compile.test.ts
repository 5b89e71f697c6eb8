import { describe, expect, it } from "vitest";
import { compileMdxUncached } from "./compile";

const compile = (body: string, lineOffset = 10) => compileMdxUncached("content/entries/x.mdx", body, lineOffset);

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
    const r = await compile("```python\ndef f(x):\n    return x\n```\n");
    expect(r.code).toContain("--shiki-dark");
    expect(r.code).toContain("--shiki-light");
    expect(r.code).toMatch(/"data-language":"python"/);
  });

  it("gives external links rel=noopener noreferrer, and leaves internal ones alone", async () => {
    const r = await compile("[out](https://example.org/x) and [in](/entries/adamw)\n");
    expect(r.code).toMatch(/href:"https:\/\/example\.org\/x",rel:"noopener noreferrer"/);
    expect(r.code).not.toMatch(/href:"\/entries\/adamw",rel/);
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
});
