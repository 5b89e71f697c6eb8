import { describe, expect, it } from "vitest";
import type { TraceNode } from "../content/traces";
import { splitWords, traceLinkLookup } from "./trace-lookup";

const entries = [
  { slug: "layer-normalization", title: "Layer Normalization", category: "normalization", aliases: ["LayerNorm", "nn.LayerNorm", "torch.nn.LayerNorm"] },
  { slug: "softmax", title: "Softmax", category: "activation", aliases: ["nn.Softmax", "F.softmax"] },
  { slug: "multi-head-attention", title: "Multi-Head Attention (MHA)", category: "attention", aliases: ["MHA", "nn.MultiheadAttention"] },
  { slug: "linear-layer", title: "Linear Layer", category: "layers", aliases: ["nn.Linear", "Dense"] },
  { slug: "glossary", title: "Glossary", category: "reference", aliases: [] },
];
const aliases = new Map<string, string>();
for (const e of entries) aliases.set(e.title.toLowerCase(), e.slug);
for (const e of entries) for (const a of e.aliases) if (!aliases.has(a.toLowerCase())) aliases.set(a.toLowerCase(), e.slug);
const registry = { aliases, entry: (slug: string) => entries.find((e) => e.slug === slug) as never };

const mod = (name: string, qual = `torch.nn.modules.x.${name}`): TraceNode => ({ id: 1, kind: "module", name, qual });
const op = (name: string): TraceNode => ({ id: 2, kind: "op", name });

describe("traceLinkLookup", () => {
  const lookup = traceLinkLookup(registry, "linear-layer");
  it("links PyTorch modules by their nn.* aliases", () => {
    expect(lookup(mod("LayerNorm"))?.slug).toBe("layer-normalization");
    expect(lookup(mod("MultiheadAttention"))?.slug).toBe("multi-head-attention");
  });
  it("links operations by their functional names", () => {
    expect(lookup(op("softmax"))?.slug).toBe("softmax");
    expect(lookup(op("add"))).toBeUndefined();
    expect(lookup(op("matmul"))).toBeUndefined();
  });
  it("links the block's own classes by name, as box labels are", () => {
    expect(lookup(mod("MultiHeadAttention", "__main__.MultiHeadAttention"))?.slug).toBe("multi-head-attention");
    expect(lookup(mod("Block", "__main__.Block"))).toBeUndefined();
  });
  it("never links the page to itself", () => {
    expect(lookup(mod("Linear"))).toBeUndefined();
    expect(traceLinkLookup(registry, "softmax")(op("softmax"))).toBeUndefined();
  });
  it("splits class names into words", () => {
    expect(splitWords("MultiHeadAttention")).toBe("Multi Head Attention");
    expect(splitWords("RMSNorm")).toBe("RMS Norm");
  });
});
