import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockHash, type BlockOutput } from "../content/code-runs";
import { COMPILER_COMPONENTS, MARKDOWN_FOR_COMPONENT, mdxToMarkdown, type MarkdownOptions } from "./markdown";

const CODE = 'import torch\nprint(torch.ones(2).sum().item())';
const output: BlockOutput = { line: 3, hash: blockHash(CODE), stdout: "2.0", torch: "2.6.0", python: "3.13.5" };
const options = (extra: Partial<MarkdownOptions> = {}): MarkdownOptions => ({
  file: "content/entries/x.mdx",
  lineOffset: 10,
  pageUrl: "https://atlas.test/entries/x",
  siteUrl: "https://atlas.test",
  outputs: new Map([[output.hash, output]]),
  ...extra,
});
const md = (body: string, extra?: Partial<MarkdownOptions>) => mdxToMarkdown(body, options(extra));

/** Lines of a Markdown text outside its fenced blocks, with inline code removed. */
function prose(text: string): string[] {
  let fenced = false;
  return text.split("\n").filter((l) => {
    if (l.startsWith("```")) fenced = !fenced;
    return !fenced && !l.startsWith("```");
  }).map((l) => l.replace(/`[^`]*`/g, ""));
}

describe("mdxToMarkdown", () => {
  it("keeps formulas as LaTeX, inline and display", () => {
    const out = md("The rate $\\alpha$ scales it:\n\n$$\n\\theta_t = \\theta_{t-1} - \\alpha g_t\n$$\n");
    expect(out).toContain("The rate $\\alpha$ scales it:");
    expect(out).toContain("$$\n\\theta_t = \\theta_{t-1} - \\alpha g_t\n$$");
  });

  it("follows each python block with its committed output and the versions it ran on", () => {
    const out = md(`## Code\n\n\`\`\`python\n${CODE}\n\`\`\`\n`);
    expect(out).toContain(`\`\`\`python\n${CODE}\n\`\`\`\n\n**Output** (PyTorch 2.6.0, CPU, Python 3.13.5):\n\n\`\`\`text\n2.0\n\`\`\``);
  });

  it("says why a no-run block is not run, and drops the fence option", () => {
    const out = md('```python no-run reason="needs a CUDA device"\nimport torch\n```\n');
    expect(out).toContain("```python\nimport torch\n```\n\n**Not run:** needs a CUDA device");
    expect(out).not.toContain("no-run");
  });

  it("fails naming the line of a python block without a committed output", () => {
    expect(() => md("text\n\n```python\nprint(1)\n```\n")).toThrow("content/entries/x.mdx:14: this python block has no committed output");
  });

  it("turns callouts into blockquotes with their title, keeping their Markdown", () => {
    const out = md("<EditorNote>\n\nThe source says **this**, see [Adam](/entries/adam).\n\n- one\n- two\n\n</EditorNote>\n\n<SourceClaim>\n\n10% faster.\n\n</SourceClaim>\n");
    expect(out).toContain("> **Editor's note:** The source says **this**, see [Adam](https://atlas.test/entries/adam).\n>\n> - one\n> - two");
    expect(out).toContain("> **Source's claim, unverified:** 10% faster.");
  });

  it("shows a Collapsible's summary and its content", () => {
    const out = md('<Collapsible summary="Show the checklist">\n\n### Loss diverges\n\nLower the rate.\n\n</Collapsible>\n');
    expect(out).toBe("**Show the checklist**\n\n### Loss diverges\n\nLower the rate.\n");
  });

  it("replaces an interactive explorer by one line linking to the page", () => {
    const out = md('## Explore\n\n<OptimizerRace optimizers={["adam", "adamw"]} weightDecay={0.2} />\n');
    expect(out).toBe("## Explore\n\n*Interactive: optimizers racing on a 2-D loss surface, with adjustable hyperparameters. Open [the page](https://atlas.test/entries/x) to use it.*\n");
  });

  it("keeps box diagrams as fenced text and mermaid as mermaid", () => {
    const out = md("```diagram\n┌───┐\n│ A │\n└───┘\n```\n\n```mermaid\ngraph LR; A-->B\n```\n");
    expect(out).toContain("```text\n┌───┐\n│ A │\n└───┘\n```");
    expect(out).toContain("```mermaid\ngraph LR; A-->B\n```");
  });

  it("drops comments and explicit heading ids, and makes site links absolute", () => {
    const out = md("## Why {#why-it-works}\n\n{/* editor: check this */}\n\nSee [GELU](/entries/gelu#the-math), [MDN](https://developer.mozilla.org/).\n");
    expect(out).toBe("## Why\n\nSee [GELU](https://atlas.test/entries/gelu#the-math), [MDN](https://developer.mozilla.org/).\n");
  });

  it("leaves no JSX, import or export in the output", () => {
    const out = md("<EditorNote>\n\nA <SourceClaim>nested</SourceClaim> claim.\n\n</EditorNote>\n\n<LossExplorer losses={[\"mse\"]} />\n");
    expect(prose(out).join("\n")).not.toMatch(/<[A-Za-z]|^(import|export) /m);
    expect(out).toContain("**Source's claim, unverified:** nested");
  });

  it("refuses what it cannot render, naming the line", () => {
    expect(() => md("Text.\n\n<Widget />\n")).toThrow("content/entries/x.mdx:13: <Widget> has no Markdown rendering");
    expect(() => md('import X from "./x"\n\nText.\n')).toThrow("content/entries/x.mdx:11: import/export in an entry is not supported");
    expect(() => md("Value {1 + 1}.\n")).toThrow("content/entries/x.mdx:11: JavaScript expression {1 + 1} has no Markdown form");
    expect(() => md("<EditorNote>\n\nunclosed\n")).toThrow(/^content\/entries\/x\.mdx:\d+: /);
  });

  it("has a rendering for every component content can use from components/mdx/registry.tsx", () => {
    const registry = readFileSync(path.resolve("components/mdx/registry.tsx"), "utf8");
    const block = /export const mdxComponents = \{([\s\S]*?)\};/.exec(registry)?.[1];
    expect(block, "components/mdx/registry.tsx declares mdxComponents").toBeDefined();
    const names = block!.split(/[,\n]/).map((s) => s.trim().split(":")[0]!.trim()).filter(Boolean);
    expect(names.length).toBeGreaterThan(5);
    const missing = names.filter((n) => !(n in MARKDOWN_FOR_COMPONENT) && !(COMPILER_COMPONENTS as readonly string[]).includes(n));
    expect(missing).toEqual([]);
  });
});
