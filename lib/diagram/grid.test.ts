import { describe, expect, it } from "vitest";
import { graphemeWidth } from "./chars";
import { buildGrid, cellAt } from "./grid";

const texts = (line: string) => buildGrid(line).glyphs[0]!.map((g) => [g.text, g.col, g.width]);

describe("grid", () => {
  it("gives East Asian wide characters and emoji two cells, marks and joiners none", () => {
    expect(graphemeWidth("注").width).toBe(2);
    expect(graphemeWidth("❌").width).toBe(2);
    expect(graphemeWidth("😀").width).toBe(2);
    expect(graphemeWidth("e\u0301").width).toBe(1);
    expect(graphemeWidth("👨‍👩‍👧").width).toBe(2);
    expect(graphemeWidth("a").width).toBe(1);
    expect(texts("a注b")).toEqual([
      ["a", 0, 1],
      ["注", 1, 2],
      ["b", 3, 1],
    ]);
    // A combining mark and a ZWJ sequence stay one grapheme, in one place.
    expect(texts("é👨‍👩‍👧x").map((t) => t[0])).toEqual(["é", "👨‍👩‍👧", "x"]);
    expect(texts("é👨‍👩‍👧x").map((t) => t[1])).toEqual([0, 1, 3]);
  });

  it("marks the second cell of a wide grapheme and reads blanks past the line end", () => {
    const g = buildGrid("注x\n");
    expect(g.cells[0]).toEqual(["注", "", "x"]);
    expect(cellAt(g, 0, 9)).toBe(" ");
    expect(cellAt(g, 5, 0)).toBe(" ");
    expect(g.rows).toBe(2);
    expect(g.cols).toBe(3);
  });

  it("gives ambiguous symbols the width that lines the borders up", () => {
    // ⚠️ read as two cells closes the first box, as one cell the second: both are aligned.
    const wide = buildGrid("┌────┐\n│ ⚠️ │\n└────┘");
    expect(wide.cells[1]![5]).toBe("│");
    const narrow = buildGrid("┌────┐\n│ ⚠️  │\n└────┘");
    expect(narrow.cells[1]![5]).toBe("│");
    expect(narrow.glyphs[1]![2]).toMatchObject({ text: "⚠️", width: 1 });
    // ● is one cell unless the border says otherwise.
    const dots = buildGrid("┌─────┐\n│ ● ● │\n└─────┘");
    expect(dots.cells[1]![6]).toBe("│");
    const wideDots = buildGrid("┌───────┐\n│ ● ● │\n└───────┘");
    expect(wideDots.cells[1]![8]).toBe("│");
    // Without a border to agree with, defaults hold.
    expect(buildGrid("⚠️ ●").glyphs[0]!.map((g) => g.width)).toEqual([2, 1, 1]);
  });

  it("expands tabs to the next multiple of eight and keeps them as glyphs", () => {
    const g = buildGrid("a\tb");
    expect(g.glyphs[0]!.map((x) => [x.text, x.col, x.width])).toEqual([
      ["a", 0, 1],
      ["\t", 1, 7],
      ["b", 8, 1],
    ]);
  });

  it("splits lines on LF, CRLF and CR", () => {
    expect(buildGrid("a\r\nb\rc\nd").rows).toBe(4);
  });
});
