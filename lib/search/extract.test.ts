import { describe, expect, it } from "vitest";
import { structureOf } from "../mdx/structure";
import { buildSearchData, searchSections } from "./extract";

const BODY = `Intro text before any heading.

## What it does

Normalizes **each** sample; see [LayerNorm](/entries/layer-normalization) and \`nn.LayerNorm\`.

\`\`\`python no-run reason="a fixture of section splitting"
## not a heading inside code
x = 1
\`\`\`

$$
y = \\gamma \\hat{x} + \\beta
$$

## The \`torch.nn\` API & *friends*

| Name | Meaning |
| --- | --- |
| eps | stability constant |

### Sub-section with [a link](/entries/rmsnorm) {#custom-id}

<EditorNote>

The source said $x < 0$ was fine.

</EditorNote>

## Papers & References
- "Layer Normalization" (Ba et al., 2016).
`;

describe("searchSections", () => {
  const sections = searchSections(structureOf("test.mdx", BODY + "\n#### Deep note\n\nDeeper text.\n").sections);
  it("keeps the intro, ## and ### sections, with the compiler's ids", () => {
    expect(sections.map((s) => [s.heading, s.id, s.depth])).toEqual([
      ["", "", 0],
      ["What it does", "what-it-does", 2],
      ["The torch.nn API & friends", "the-torchnn-api--friends", 2],
      ["Sub-section with a link", "custom-id", 3],
      ["Papers & References", "papers--references", 2],
    ]);
  });
  it("folds a deeper heading into the section above it, its title read as prose", () => {
    expect(sections[4]!.text).toBe('"Layer Normalization" (Ba et al., 2016). Deep note Deeper text.');
  });
  it("keeps prose, drops code and display math, reduces inline Markdown to text", () => {
    const what = sections[1]!;
    expect(what.text).toBe("Normalizes each sample; see LayerNorm and nn.LayerNorm.");
    expect(what.text).not.toContain("not a heading");
    expect(what.text).not.toContain("gamma");
    expect(sections[2]!.text).toContain("eps · stability constant");
    expect(sections[3]!.text).toBe("The source said x < 0 was fine.");
    expect(sections[3]!.indexText).not.toContain("<");
  });
});

describe("buildSearchData", () => {
  const entry = (slug: string, title: string, body: string, extra: Partial<{ aliases: string[]; api: string; summary: string }> = {}) => ({
    slug,
    title,
    aliases: extra.aliases ?? [],
    category: "cat",
    summary: extra.summary ?? `${title} summary text.`,
    api: extra.api,
    papers: [{ title: `${title} in practice` }],
    sections: structureOf(`${slug}.mdx`, body).sections,
  });
  const built = buildSearchData(
    [entry("b-entry", "Beta", "## What it does\n\nBeta uses zyzzyva tokens heavily. Zyzzyva again.\n\n## Notes\n\nNothing."), entry("a-entry", "Alpha", BODY, { aliases: ["AL"], api: "torch.nn.Alpha" })],
    [{ slug: "cat", title: "Category" }],
  );
  it("sorts entries, shares headings, ships body terms per section", () => {
    expect(built.data.entries.map((e) => e[0])).toEqual(["a-entry", "b-entry"]);
    const beta = built.data.entries[1]!;
    expect(beta[2]).toBe(0);
    expect(built.data.heads[beta[6][0]!]).toEqual(["What it does", "what-it-does", 2]);
    expect(beta[7][0]).toContain("zyzzyva");
    // Words already in the title or summary are not repeated as body terms.
    expect(beta[7].join(" ")).not.toMatch(/\bbeta\b/);
    expect(built.shards[1]!.sections[0]).toContain("zyzzyva");
  });
});
