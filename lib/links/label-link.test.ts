import { describe, expect, it } from "vitest";
import { createTermMatcher } from "./autolink";
import { labelEntry } from "./label-link";
import { buildLinkTerms } from "./terms";

const matcher = createTermMatcher(
  buildLinkTerms(
    [
      { slug: "self-attention", title: "Self-Attention", aliases: ["Intra-attention"] },
      { slug: "multi-head-attention", title: "Multi-Head Attention (MHA)", aliases: ["MHA", "Multi-head self-attention"] },
      { slug: "convolution", title: "2D Convolution (Conv2d)", aliases: ["Conv"] },
      { slug: "relu", title: "ReLU", aliases: [] },
      { slug: "gan", title: "Generative Adversarial Network", aliases: ["GAN", "Generator"] },
      { slug: "glossary", title: "Glossary", aliases: [] },
    ],
    ["Softmax"],
  ),
);
const slug = (label: string, self?: string) => labelEntry(label, matcher, self)?.slug;

describe("labelEntry: a drawn label that names an entry", () => {
  it("matches titles and aliases with the auto-linker's matcher, notes in parentheses aside", () => {
    expect(slug("Multi-Head Self-Attention (12 heads)")).toBe("multi-head-attention");
    expect(slug("Multi-Head Attention")).toBe("multi-head-attention");
    expect(slug("MHA")).toBe("multi-head-attention");
    expect(slug("Self-Attention")).toBe("self-attention");
    expect(slug("ReLU")).toBe("relu");
  });
  it("allows numbers, symbols and one-letter names around the name", () => {
    expect(slug("Conv 3×3")).toBe("convolution");
    expect(slug("Generator G")).toBe("gan");
  });
  it("refuses a label that says more than an entry's name", () => {
    expect(slug("Decoder self-attention layers")).toBeUndefined();
    expect(slug("Linear → ReLU → Dropout")).toBeUndefined();
    expect(slug("Top-k selection and softmax")).toBeUndefined();
    expect(slug("y = ReLU(F(x) + x)")).toBeUndefined();
  });
  it("never names the page itself or a glossary term", () => {
    expect(slug("Self-Attention", "self-attention")).toBeUndefined();
    expect(slug("Softmax")).toBeUndefined();
  });
});
