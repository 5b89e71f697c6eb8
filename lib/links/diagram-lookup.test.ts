import { describe, expect, it } from "vitest";
import { diagramLinkLookup } from "./diagram-lookup";

const entries = new Map([
  ["multi-head-attention", { title: "Multi-Head Attention", category: "attention" }],
  ["glossary", { title: "Glossary", category: "fundamentals-glossary" }],
  ["bert", { title: "BERT", category: "showcase-architectures" }],
]);
const registry = {
  aliases: new Map([
    ["multi-head attention", "multi-head-attention"],
    ["multi head attn", "multi-head-attention"],
    ["encoder", "glossary"],
    ["bert", "bert"],
  ]),
  entry: (slug: string) => entries.get(slug) as never,
};

describe("diagramLinkLookup", () => {
  it("links box labels to entries, also when split over lines, but not to the glossary or the page itself", () => {
    const lookup = diagramLinkLookup(registry, "bert");
    expect(lookup("Multi\nHead\nAttn")?.slug).toBe("multi-head-attention");
    expect(lookup("ENCODER")).toBeUndefined();
    expect(lookup("BERT")).toBeUndefined();
    expect(diagramLinkLookup(registry, "other")("BERT")?.slug).toBe("bert");
  });
});

describe("diagramLinkLookup on the site's content", () => {
  it("links BERT's Multi-Head Self-Attention box to Multi-Head Attention, through the auto-linker's vocabulary", async () => {
    const { getRegistry } = await import("../content");
    const { registryLinking } = await import("./registry-matcher");
    const { renderDiagram } = await import("../diagram");
    const { fencedBlocks } = await import("../content/code-blocks");
    const site = getRegistry();
    const lookup = diagramLinkLookup(site, "bert", registryLinking(site).matcher);
    expect(lookup("Multi-Head Self-Attention (12 heads)")?.slug).toBe("multi-head-attention");
    expect(lookup("Cross-attention")?.slug).toBe("cross-attention");
    const bert = fencedBlocks(site.entry("bert")!.body).find((b) => b.lang === "diagram")!;
    const boxes = renderDiagram(bert.body, { lookup }).tree!.boxes.filter((b) => b.kind === "box");
    expect(boxes.find((b) => b.name.startsWith("Multi-Head Self-Attention"))?.link?.slug).toBe("multi-head-attention");
  });
});
