import { describe, expect, it } from "vitest";
import { compileMdxUncached } from "../mdx/compile";
import { buildSearchData, headingOf, inlineText, splitSections } from "./extract";

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

describe("splitSections", () => {
  const sections = splitSections(BODY);
  it("splits at ## and ### outside code, keeping the intro", () => {
    expect(sections.map((s) => [s.heading, s.id, s.depth])).toEqual([
      ["", "", 0],
      ["What it does", "what-it-does", 2],
      ["The torch.nn API & friends", "the-torchnn-api--friends", 2],
      ["Sub-section with a link", "custom-id", 3],
      ["Papers & References", "papers--references", 2],
    ]);
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
  it("gives the ids the compiler gives", async () => {
    const compiled = await compileMdxUncached("test.mdx", BODY);
    expect(sections.filter((s) => s.id).map((s) => ({ id: s.id, depth: s.depth }))).toEqual(compiled.toc.map((t) => ({ id: t.id, depth: t.depth })));
  });
});

describe("inline text", () => {
  it("resolves escapes and entities and keeps snake_case", () => {
    expect(inlineText("a \\{b\\} &lt;c&gt; snake_case _em_")).toBe("a {b} <c> snake_case em");
    expect(headingOf("Trade-offs {#tradeoffs}")).toEqual({ text: "Trade-offs", id: "tradeoffs" });
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
    body,
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
