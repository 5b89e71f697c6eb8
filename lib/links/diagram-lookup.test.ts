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
