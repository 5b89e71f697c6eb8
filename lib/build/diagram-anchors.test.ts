import { describe, expect, it } from "vitest";
import { diagramAnchors, duplicateIds } from "./diagram-anchors";

describe("diagram anchors", () => {
  it("gives each box the anchor the page renders, prefixed by the fence line", () => {
    const body = ["## Diagram", "", "```diagram", "┌───────┐   ┌───────┐", "│ Token │ → │ Norm  │", "└───────┘   └───────┘", "```"].join("\n");
    const ids = diagramAnchors(body);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^diagram-3-/);
  });
  it("finds ids given twice", () => {
    expect(duplicateIds(["a", "diagram-3-x", "a", "b"])).toEqual(["a"]);
    expect(duplicateIds(["a", "b"])).toEqual([]);
  });
});
