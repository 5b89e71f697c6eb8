import { describe, expect, it } from "vitest";
import { decodeEntries, SEARCH_DATA_VERSION, type SearchData } from "./format";

describe("decodeEntries", () => {
  it("turns each compact row into a named record, headings and term lists expanded", () => {
    const data: SearchData = {
      v: SEARCH_DATA_VERSION,
      cats: ["Attention", "Normalization"],
      heads: [["Why it helps", "why-it-helps", 2]],
      entries: [["layer-normalization", "Layer Normalization", 1, ["LN"], "Normalizes each sample.", "torch.nn.LayerNorm", [-1, 0], ["intro", "token statistic"], "layer normal", "vary batch size|small batch", 7]],
    };
    expect(decodeEntries(data)).toEqual([
      {
        slug: "layer-normalization",
        title: "Layer Normalization",
        category: "Normalization",
        aliases: ["LN"],
        summary: "Normalizes each sample.",
        api: "torch.nn.LayerNorm",
        sections: [
          { headKey: -1, heading: "", id: "", depth: 0, terms: ["intro"] },
          { headKey: 0, heading: "Why it helps", id: "why-it-helps", depth: 2, terms: ["token", "statistic"] },
        ],
        paperTerms: ["layer", "normal"],
        problemGroups: [
          ["vary", "batch", "size"],
          ["small", "batch"],
        ],
        inlinks: 7,
      },
    ]);
  });
});
