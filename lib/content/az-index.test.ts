import { describe, expect, it } from "vitest";
import { azIndex, azLetterId } from "./az-index";

describe("azIndex", () => {
  it("groups titles and aliases by letter, digits under #", () => {
    const groups = azIndex([
      { slug: "layer-normalization", title: "Layer Normalization", aliases: ["LN", "LayerNorm", "layer normalization"] },
      { slug: "conv3d", title: "3D Convolution", aliases: ["Conv3d"] },
    ]);
    expect(groups.map((g) => g.letter)).toEqual(["#", "C", "L"]);
    expect(groups[2]!.items.map((i) => i.name)).toEqual(["Layer Normalization", "LayerNorm", "LN"]);
    expect(groups[1]!.items[0]).toEqual({ name: "Conv3d", slug: "conv3d", title: "3D Convolution", alias: true });
  });
});

describe("azLetterId", () => {
  it("is a valid URL fragment for every group, '#' (digits and symbols) included", () => {
    expect(azLetterId("A")).toBe("letter-a");
    expect(azLetterId("#")).toBe("letter-other");
    for (const l of ["#", "A", "Z"]) expect(azLetterId(l)).toMatch(/^[a-z][a-z-]*$/);
  });
});
