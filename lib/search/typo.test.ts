import { describe, expect, it } from "vitest";
import { osaDistance, TypoIndex } from "./typo";

describe("osaDistance", () => {
  it("counts an adjacent transposition as one edit", () => {
    expect(osaDistance("dropuot", "dropout")).toBe(1);
    expect(osaDistance("trasnformer", "transformer")).toBe(1);
    expect(osaDistance("atention", "attention")).toBe(1);
    expect(osaDistance("kitten", "sitting")).toBe(3);
    expect(osaDistance("", "abc")).toBe(3);
  });
  it("stops early beyond the bound", () => {
    expect(osaDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("TypoIndex", () => {
  const words = ["dropout", "dropblock", "transformer", "attention", "attend", "normalization", "layer", "lstm"];
  const ix = new TypoIndex(words, words.map((w) => (w === "attention" ? 2 : 1)));
  it("corrects transpositions, omissions, insertions and substitutions", () => {
    expect(ix.correct("dropuot")?.word).toBe("dropout");
    expect(ix.correct("trasnformer")?.word).toBe("transformer");
    expect(ix.correct("atention")?.word).toBe("attention");
    expect(ix.correct("normalizaton")?.word).toBe("normalization");
    expect(ix.correct("lsmt")?.word).toBe("lstm");
    expect(ix.correct("layerr")?.word).toBe("layer");
  });
  it("leaves known and short words alone, and finds nothing for nonsense", () => {
    expect(ix.correct("dropout")).toBeUndefined();
    expect(ix.correct("ln")).toBeUndefined();
    expect(ix.correct("qwertyuiop")).toBeUndefined();
  });
  it("lists nearest words for did-you-mean", () => {
    expect(ix.nearest("atentoin").map((c) => c.word)).toContain("attention");
  });
});
