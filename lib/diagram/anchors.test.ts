import { describe, expect, it } from "vitest";
import { diagramAnchors, diagramPlacement, duplicateIds } from "./anchors";
import { renderDiagram } from "./index";

const source = ["┌───────┐   ┌───────┐", "│ Token │ → │ Norm  │", "└───────┘   └───────┘"].join("\n");

describe("diagram anchors", () => {
  it("prefixes a diagram's ids by its fence line, or by a hash of its text off a page", () => {
    expect(diagramPlacement(source, 3)).toEqual({ idPrefix: "diagram-3", lineOffset: 3 });
    expect(diagramPlacement(source, "41")).toEqual({ idPrefix: "diagram-41", lineOffset: 41 });
    const off = diagramPlacement(source);
    expect(off.idPrefix).toMatch(/^diagram-\d+$/);
    expect(diagramPlacement(source, "0")).toEqual(off);
    expect(diagramPlacement(`${source} `).idPrefix).not.toBe(off.idPrefix);
  });

  it("gives each box the anchor the drawn SVG carries", () => {
    const ids = diagramAnchors(source, 3);
    expect(ids).toEqual(["diagram-3-token", "diagram-3-norm"]);
    const { svg } = renderDiagram(source, diagramPlacement(source, 3));
    const drawn = [...svg!.matchAll(/<g [^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(drawn).toEqual(ids);
  });

  it("has none for a diagram shown as text", () => {
    expect(diagramAnchors("just some words\nno boxes at all", 5)).toEqual([]);
  });

  it("finds ids given twice", () => {
    expect(duplicateIds(["a", "diagram-3-x", "a", "b"])).toEqual(["a"]);
    expect(duplicateIds(["a", "b"])).toEqual([]);
  });
});
