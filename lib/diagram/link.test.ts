import { describe, expect, it } from "vitest";
import { createLinkLookup, findLink, labelKeys, matchLink, normaliseLabel } from "./link";

// Shaped like the registry's alias map: lower-cased title or alias → slug, titles first.
const aliases = new Map([
  ["multi-head attention (mha)", "multi-head-attention"],
  ["layer normalization", "layer-normalization"],
  ["embedding layer", "embedding-layer"],
  ["softmax", "softmax"],
  ["bert", "bert"],
  ["mha", "multi-head-attention"],
  ["token embedding", "embedding-layer"],
  ["layernorm", "layer-normalization"],
]);
const titles: Record<string, string> = {
  "multi-head-attention": "Multi-Head Attention (MHA)",
  "layer-normalization": "Layer Normalization",
  "embedding-layer": "Embedding Layer",
  softmax: "Softmax",
  bert: "BERT",
};
const lookup = createLinkLookup(aliases, (s) => titles[s]);

describe("link matching", () => {
  it("normalises case, whitespace, hyphens and punctuation", () => {
    expect(normaliseLabel("  Multi-Head   Attention ")).toBe("multi head attention");
    expect(normaliseLabel("Multi-Head Attention (MHA)", true)).toBe("multi head attention");
    expect(labelKeys("Multi Head Attn")).toContain("multiheadattention");
    expect(labelKeys("1")).toEqual([]);
  });

  it("matches titles and aliases whatever the case, spacing, hyphens and abbreviations", () => {
    expect(lookup("Multi-Head Attention")?.slug).toBe("multi-head-attention");
    expect(lookup("MULTI HEAD ATTENTION")?.slug).toBe("multi-head-attention");
    expect(lookup("multihead attention")?.slug).toBe("multi-head-attention");
    expect(lookup("MHA")?.slug).toBe("multi-head-attention");
    expect(lookup("Layer Norm")).toEqual({ slug: "layer-normalization", title: "Layer Normalization" });
    expect(lookup("Token Embeddings")?.slug).toBe("embedding-layer");
    expect(lookup("Feed forward")).toBeUndefined();
  });

  it("joins a label split over lines, then falls back to its first line", () => {
    expect(findLink(["Multi", "Head", "Attn"], lookup)?.slug).toBe("multi-head-attention");
    expect(matchLink(["Token", "Embed"], lookup)).toEqual({ target: { slug: "embedding-layer", title: "Embedding Layer" }, whole: true });
    expect(matchLink(["Softmax", "over the vocabulary of 30K tokens, applied per position"], lookup)).toEqual({ target: { slug: "softmax", title: "Softmax" }, whole: false });
    expect(findLink(["Step 1: add", "Step 2: multiply"], lookup)).toBeUndefined();
    expect(findLink([], lookup)).toBeUndefined();
    expect(findLink(["Softmax"], undefined)).toBeUndefined();
  });

  it("can leave out the page's own entry", () => {
    const own = createLinkLookup(aliases, (s) => titles[s], { exclude: "bert" });
    expect(lookup("BERT")?.slug).toBe("bert");
    expect(own("BERT")).toBeUndefined();
  });
});
