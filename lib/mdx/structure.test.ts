import { describe, expect, it } from "vitest";
import { compileMdxUncached } from "./compile";
import { structureOf } from "./structure";

const BODY = [
  "Intro *text*.",
  "## What it does",
  "Scales $x_t$ by **gain**; see [LayerNorm](/entries/layer-normalization) and `nn.LayerNorm`.",
  '```python no-run reason="a fixture of section splitting"',
  "## not a heading",
  "x = 1",
  "```",
  "$$",
  "y = \\gamma x",
  "$$",
  "### Why {#why-it-works}",
  "<SourceClaim>",
  "",
  "A claim about $\\alpha$.",
  "",
  "</SourceClaim>",
  "",
  "| Name | Meaning |",
  "| --- | --- |",
  "| eps | stability |",
  "",
  "<Collapsible title=\"More\">",
  "",
  "## Inside a component",
  "",
  "Hidden text.",
  "",
  "</Collapsible>",
].join("\n");

describe("structureOf", () => {
  const { sections, toc } = structureOf("test.mdx", BODY);

  it("splits at every heading, in and out of components, with the compiler's ids", () => {
    expect(sections.map((s) => [s.id, s.heading, s.depth])).toEqual([
      ["", "", 0],
      ["what-it-does", "What it does", 2],
      ["why-it-works", "Why", 3],
      ["inside-a-component", "Inside a component", 2],
    ]);
  });

  it("keeps prose only: no code, no display math; inline math readable in text, dropped in indexText", () => {
    expect(sections[0]!.text).toBe("Intro text.");
    expect(sections[1]!.text).toBe("Scales x_t by gain; see LayerNorm and nn.LayerNorm.");
    expect(sections[1]!.indexText).toBe("Scales by gain; see LayerNorm and nn.LayerNorm.");
    expect(sections[2]!.text).toBe("A claim about α. Name · Meaning eps · stability");
    expect(sections[3]!.text).toBe("Hidden text.");
  });

  it("gives exactly the ids and table of contents the rendered page has", async () => {
    const compiled = await compileMdxUncached("test.mdx", BODY);
    expect(toc).toEqual(compiled.toc);
    expect(sections.filter((s) => s.id).map((s) => s.id)).toEqual(compiled.ids);
  });

  it("fails on a duplicate heading id like the compiler, naming the lines", () => {
    expect(() => structureOf("dup.mdx", "## A\n\ntext\n\n## A\n", 10)).toThrow(/dup\.mdx:15: duplicate heading id "a" \(first used on line 11\)/);
  });
});
