import { describe, expect, it } from "vitest";
import { cleanQuery, MAX_QUERY_LENGTH, normalizeText, phraseKey, root, stem, terms } from "./normalize";

describe("normalize", () => {
  it("lower-cases, folds full-width letters, diacritics and Latin lookalikes", () => {
    expect(normalizeText("ＧＱＡ")).toBe("gqa");
    expect(normalizeText("À trous")).toBe("a trous");
    // Cyrillic а, у and е
    expect(normalizeText("Lаyеr Norm")).toBe("layer norm");
    expect(normalizeText("Sørensen–Dice")).toBe("sorensen-dice");
  });

  it("stems plurals idempotently", () => {
    for (const [w, s] of [["networks", "network"], ["losses", "loss"], ["biases", "bias"], ["entropies", "entropy"], ["bias", "bias"], ["heads", "head"], ["gqa", "gqa"]]) {
      expect(stem(w!)).toBe(s);
      expect(stem(stem(w!))).toBe(s);
    }
  });

  it("reduces British and American forms, and derivations, to one root", () => {
    expect(root("optimiser")).toBe(root("optimizer"));
    expect(root("normalisation")).toBe(root("normalization"));
    expect(root("regularisation")).toBe(root("regularization"));
    expect(root("extrapolation")).toBe(root("extrapolate"));
    expect(root("layer")).toBe("layer");
  });

  it("keys phrases by their words, punctuation-insensitively", () => {
    expect(phraseKey("Grouped-Query Attention")).toBe(phraseKey("grouped query attentions"));
    expect(phraseKey("nn.LayerNorm")).toBe("nn layernorm");
    expect(terms("The Attention Is All You Need")).toEqual(["attention", "need"]);
  });

  it("caps and cleans queries", () => {
    expect(cleanQuery("x".repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(cleanQuery("  a \u0000 b\u200b  ")).toBe("a b");
    expect(cleanQuery(undefined)).toBe("");
    expect(cleanQuery(42 as unknown)).toBe("");
    // Emoji count as one character each and are never split in half.
    const emoji = cleanQuery("🔥".repeat(500));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(emoji)).toBe(false);
  });
});
