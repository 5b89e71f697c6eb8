import { describe, expect, it } from "vitest";
import { compileMdxUncached } from "../mdx/compile";
import { createTermMatcher } from "./autolink";
import { buildLinkTerms } from "./terms";

const terms = buildLinkTerms(
  [
    { slug: "self-attention", title: "Self-Attention", aliases: ["attention"] },
    { slug: "multi-head-attention", title: "Multi-Head Attention", aliases: ["MHA", "multi-head attention"] },
    { slug: "grouped-query-attention", title: "Grouped-Query Attention", aliases: ["GQA"] },
    { slug: "layer-normalization", title: "Layer Normalization", aliases: ["LN", "LayerNorm", "nn.LayerNorm"] },
    { slug: "transformer", title: "Transformer", aliases: [] },
    { slug: "a", title: "Shared", aliases: ["twin"] },
    { slug: "b", title: "Other", aliases: ["twin"] },
    { slug: "glossary", title: "Glossary", aliases: ["Tensor"] },
  ],
  ["Tensor", "Layer", "Transformer"],
);
const matcher = createTermMatcher(terms);
const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.term.href]);

describe("auto-link terms", () => {
  it("prefers the longest match", () => {
    expect(found("Multi-head attention splits heads.")).toEqual([["Multi-head attention", "/entries/multi-head-attention"]]);
  });
  it("matches short abbreviations only with their case", () => {
    expect(found("GQA shares keys; gqa is lower case")).toEqual([["GQA", "/entries/grouped-query-attention"]]);
    expect(found("an LN layer, ln(x) is a log")).toEqual([["LN", "/entries/layer-normalization"], ["layer", "/entries/glossary#layer"]]);
  });
  it("treats mixed-case names as case-sensitive and skips ordinary-word aliases", () => {
    const t = buildLinkTerms([
      { slug: "zero-optimizer", title: "ZeRO Optimizer", aliases: ["ZeRO"] },
      { slug: "linear-layer", title: "Linear Layer", aliases: ["Dense"] },
    ]);
    const m = createTermMatcher(t);
    expect(m.find("zero padding, a dense vector").length).toBe(0);
    expect(m.find("ZeRO stage 3").map((x) => x.term.slug)).toEqual(["zero-optimizer"]);
  });

  it("respects word boundaries but accepts plurals", () => {
    expect(found("Transformers and LayerNorms")).toEqual([["Transformers", "/entries/transformer"], ["LayerNorms", "/entries/layer-normalization"]]);
    expect(found("LNX and transformerish")).toEqual([]);
  });
  it("leaves out ambiguous aliases and API names, and lets entries win over glossary terms", () => {
    expect(found("twin nn.LayerNorm")).toEqual([["LayerNorm", "/entries/layer-normalization"]]);
    expect(found("a Transformer of a tensor")).toEqual([["Transformer", "/entries/transformer"], ["tensor", "/entries/glossary#tensor"]]);
  });
});

describe("remarkAutolink in the compiler", () => {
  const compile = (body: string, selfSlug = "transformer") => compileMdxUncached("x.mdx", body, 0, { matcher, selfSlug });
  it("links the first mention per section, never in code, math, headings or links, never to itself", async () => {
    const r = await compile(
      [
        "## Multi-Head Attention in a Transformer",
        "MHA and MHA again; `GQA` in code; $GQA$ in math; [GQA](/entries/grouped-query-attention) already linked.",
        "",
        "Then GQA in prose. The Transformer is this page.",
        "",
        "## Next section",
        "MHA once more.",
      ].join("\n"),
    );
    expect(r.links.map((l) => `${l.url}@${l.line}`)).toEqual([
      "/entries/multi-head-attention@2",
      "/entries/grouped-query-attention@2",
      "/entries/grouped-query-attention@4",
      "/entries/multi-head-attention@7",
    ]);
    expect(r.code).toContain("autolink");
  });
});

describe("titles with a parenthetical", () => {
  const withTitles = createTermMatcher(
    buildLinkTerms([
      { slug: "multi-head-attention", title: "Multi-Head Attention (MHA)", aliases: ["MHA"] },
      { slug: "causal-attention", title: "Causal (Masked) Attention", aliases: [] },
      { slug: "masked", title: "Masked Thing", aliases: ["Causal Attention"] },
    ]),
  );
  const hits = (text: string) => withTitles.find(text).map((m) => [text.slice(m.start, m.end), m.term.slug]);
  it("are also found without it, as prose writes them", () => {
    expect(hits("Each multi-head attention layer")).toEqual([["multi-head attention", "multi-head-attention"]]);
  });
  it("yield to another entry's title or alias", () => {
    expect(hits("causal attention")).toEqual([["causal attention", "masked"]]);
  });
});
