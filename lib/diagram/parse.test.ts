import { describe, expect, it } from "vitest";
import { parseDiagram } from "./parse";
import type { DiagramModel } from "./types";

const box = (m: DiagramModel, label: string) => {
  const b = m.boxes.find((x) => x.label.join(" / ") === label);
  if (!b) throw new Error(`no box "${label}" in ${JSON.stringify(m.boxes.map((x) => x.label))}`);
  return b;
};
const edgesOf = (m: DiagramModel) =>
  m.edges.map((e) => {
    const name = (id: string | null) => (id ? m.boxes.find((b) => b.id === id)!.label.join(" / ") : null);
    return [name(e.from), name(e.to), e.directed, e.label ?? null];
  });
const freeText = (m: DiagramModel) => m.texts.filter((t) => !t.box).map((t) => t.text);

describe("boxes", () => {
  it("reads closed rectangles in light, heavy, double, rounded and ASCII strokes", () => {
    const src = ["┌────┐ ┏━━━━┓ ╔════╗ ╭────╮ +----+", "│ li │ ┃ hv ┃ ║ db ║ │ rd │ | as |", "└────┘ ┗━━━━┛ ╚════╝ ╰────╯ +----+"].join("\n");
    const m = parseDiagram(src);
    expect(m.mode).toBe("diagram");
    expect(m.boxes.map((b) => [b.label[0], b.style, b.bounds.left, b.bounds.right])).toEqual([
      ["li", "light", 0, 5],
      ["hv", "heavy", 7, 12],
      ["db", "double", 14, 19],
      ["rd", "rounded", 21, 26],
      ["as", "ascii", 28, 33],
    ]);
    expect(m.warnings).toEqual([]);
  });

  it("keeps multi-line labels, in order, with the box bounds", () => {
    const m = parseDiagram("┌────────┐\n│ Multi  │\n│ Head   │\n│ Attn   │\n└────────┘");
    expect(m.boxes).toEqual([
      { id: "b1", kind: "box", style: "light", bounds: { top: 0, left: 0, bottom: 4, right: 9 }, label: ["Multi", "Head", "Attn"], parent: null, children: [] },
    ]);
  });

  it("nests boxes into a tree", () => {
    const src = [
      "┌──────────────────────┐",
      "│ outer                │",
      "│ ┌──────────────────┐ │",
      "│ │ middle ┌──────┐  │ │",
      "│ │        │ in   │  │ │",
      "│ │        └──────┘  │ │",
      "│ └──────────────────┘ │",
      "└──────────────────────┘",
    ].join("\n");
    const m = parseDiagram(src);
    const [outer, middle, inner] = [box(m, "outer"), box(m, "middle"), box(m, "in")];
    expect(outer.parent).toBeNull();
    expect(middle.parent).toBe(outer.id);
    expect(inner.parent).toBe(middle.id);
    expect(outer.children).toEqual([middle.id]);
    expect(middle.children).toEqual([inner.id]);
    expect(inner.bounds).toEqual({ top: 3, left: 11, bottom: 5, right: 18 });
  });

  it("keeps a box a box when a tee or connector touches its border", () => {
    const src = ["┌──┴──┐", "│ box │", "└──┬──┘", "   │", "   ▼", "┌──┴──┐", "│ two ├──", "└─────┘"].join("\n");
    const m = parseDiagram(src);
    expect(m.boxes.map((b) => b.label[0])).toEqual(["box", "two"]);
    expect(edgesOf(m)).toContainEqual(["box", "two", true, null]);
  });

  it("reads boxes side by side, joined by arrows (│→│)", () => {
    const src = ["┌────────┐ ┌────────┐", "│ Token  │→│ Multi  │", "│ Embed  │ │ Head   │", "└────────┘ └────────┘"].join("\n");
    const m = parseDiagram(src);
    expect(m.boxes.map((b) => b.label.join(" "))).toEqual(["Token Embed", "Multi Head"]);
    expect(edgesOf(m)).toEqual([["Token / Embed", "Multi / Head", true, null]]);
  });

  it("splits a box with inner rules into cells", () => {
    const src = ["┌───┬───┐", "│ a │ b │", "├───┼───┤", "│ c │ d │", "└───┴───┘"].join("\n");
    const m = parseDiagram(src);
    const outer = m.boxes[0]!;
    expect(outer.kind).toBe("box");
    expect(outer.label).toEqual([]);
    const cells = m.boxes.filter((b) => b.kind === "cell");
    expect(cells.map((c) => [c.label[0], c.parent, c.bounds])).toEqual([
      ["a", outer.id, { top: 0, left: 0, bottom: 2, right: 4 }],
      ["b", outer.id, { top: 0, left: 4, bottom: 2, right: 8 }],
      ["c", outer.id, { top: 2, left: 0, bottom: 4, right: 4 }],
      ["d", outer.id, { top: 2, left: 4, bottom: 4, right: 8 }],
    ]);
    expect(m.edges).toEqual([]);
  });

  it("counts wide characters and emoji as two cells inside boxes", () => {
    const m = parseDiagram("┌──────┐\n│ 注意 │\n└──────┘\n┌────┐\n│ ❌ │\n└────┘");
    expect(m.boxes.map((b) => b.label[0])).toEqual(["注意", "❌"]);
    expect(m.warnings).toEqual([]);
  });
});

describe("edges", () => {
  it("reads a vertical arrow between boxes, with the text beside it as its label", () => {
    const m = parseDiagram(["┌───┐", "│ A │", "└───┘", "  ↓ [Add & Norm]", "┌───┐", "│ B │", "└───┘"].join("\n"));
    expect(edgesOf(m)).toEqual([["A", "B", true, "[Add & Norm]"]]);
    expect(m.texts.find((t) => t.text === "[Add & Norm]")).toMatchObject({ kind: "edge-label", net: 1, col: 4, row: 3 });
  });

  it("reads left-pointing and upward arrows in the right direction", () => {
    expect(edgesOf(parseDiagram("┌───┐   ┌───┐\n│ A │◄──│ B │\n└───┘   └───┘"))).toEqual([["B", "A", true, null]]);
    expect(edgesOf(parseDiagram("┌───┐\n│ A │\n└───┘\n  ▲\n  │\n┌───┐\n│ B │\n└───┘"))).toEqual([["B", "A", true, null]]);
  });

  it("reads ASCII arrows only where they join boxes", () => {
    const m = parseDiagram("+---+     +---+\n| A |---->| B |\n+---+     +---+\n  |\n  v\n+---+\n| C |\n+---+");
    expect(edgesOf(m)).toEqual([
      ["A", "B", true, null],
      ["A", "C", true, null],
    ]);
    // The same strokes with no box to join stay text.
    const free = parseDiagram("x ----> y\n  |\n  v");
    expect(free.edges).toEqual([]);
    expect(free.mode).toBe("text");
  });

  it("reads ┬/┴ brackets as edges joining all the boxes they touch", () => {
    const src = [
      "┌───┐ ┌───┐ ┌───┐",
      "│ A │ │ B │ │ C │",
      "└─┬─┘ └─┬─┘ └─┬─┘",
      "  └─────┴─────┘",
    ].join("\n");
    const m = parseDiagram(src);
    expect(edgesOf(m)).toEqual([
      ["A", "B", false, null],
      ["A", "C", false, null],
    ]);
    expect(m.nets).toHaveLength(1);
    expect(m.nets[0]!.boxes).toEqual(["b1", "b2", "b3"]);
  });

  it("fans arrows out of a bracket: every box under an arrowhead is a target", () => {
    const src = ["   ┌───┐", "   │ R │", "   └─┬─┘", " ┌───┴───┐", " ↓       ↓", "┌───┐  ┌───┐", "│ X │  │ Y │", "└───┘  └───┘"].join("\n");
    const m = parseDiagram(src);
    expect(edgesOf(m)).toEqual([
      ["R", "X", true, null],
      ["R", "Y", true, null],
    ]);
  });

  it("joins an arrow to a line that lacks the matching stroke (┴ above ↓)", () => {
    const m = parseDiagram(["┌───┐ ┌───┐", "│ A │ │ B │", "└───┘ └───┘", "  ↓     ↓", "  └──┴──┘", "     ↓", "┌───────┐", "│   C   │", "└───────┘"].join("\n"));
    expect(edgesOf(m)).toEqual([
      ["A", "C", true, null],
      ["B", "C", true, null],
    ]);
  });

  it("draws free arrows and lines inside a box as edges with no ends", () => {
    const m = parseDiagram(["┌──────────────────────┐", "│ step 1               │", "│   ↓ (forward)        │", "│ step 2  ──────→      │", "└──────────────────────┘"].join("\n"));
    expect(edgesOf(m)).toEqual([
      [null, null, true, "(forward)"],
      [null, null, true, "step 2"],
    ]);
    expect(m.nets.map((n) => n.within)).toEqual(["b1", "b1"]);
  });
});

describe("text", () => {
  it("never reinterprets text inside a label", () => {
    const src = ["┌─────────────────────────────┐", '│ a -> b - c | d v "q" (o) :  │', "│ x = y / 2, ||x - w||, 3x+7  │", "│ f(x) = max(0, x) ^ 2 < 1 >  │", "└─────────────────────────────┘"].join("\n");
    const m = parseDiagram(src);
    expect(m.boxes[0]!.label).toEqual(['a -> b - c | d v "q" (o) :', "x = y / 2, ||x - w||, 3x+7", "f(x) = max(0, x) ^ 2 < 1 >"]);
    expect(m.edges).toEqual([]);
  });

  it("keeps inline arrows in prose as text", () => {
    const m = parseDiagram("┌────────────────────────┐\n│ 3x+7=22 → 3x=15 → x=5  │\n│ A→C→D has lowest cost  │\n└────────────────────────┘");
    expect(m.boxes[0]!.label).toEqual(["3x+7=22 → 3x=15 → x=5", "A→C→D has lowest cost"]);
    expect(m.edges).toEqual([]);
  });

  it("keeps every label on its grid columns", () => {
    const m = parseDiagram("┌──────────────────┐\n│ Front    Back  注 │\n└──────────────────┘");
    expect(m.texts.map((t) => [t.text, t.col])).toEqual([
      ["Front", 2],
      ["Back", 11],
      ["注", 17],
    ]);
  });

  it("keeps markers as text at their cells", () => {
    const m = parseDiagram("┌──────────────┐\n│ • ● ☆ ✓ ❌ ⚠️ │\n└──────────────┘");
    expect(m.texts[0]!.glyphs.filter((g) => g.text.trim()).map((g) => [g.text, g.col, g.width])).toEqual([
      ["•", 2, 1],
      ["●", 4, 1],
      ["☆", 6, 1],
      ["✓", 8, 1],
      ["❌", 10, 2],
      ["⚠️", 13, 1], // one cell here: that is the reading in which the right border lines up
    ]);
    expect(m.warnings).toEqual([]);
  });

  it("keeps free text outside boxes", () => {
    const m = parseDiagram('┌───┐\n│ A │\n└───┘\nINPUT: "What is 47 × 23?"');
    expect(freeText(m)).toEqual(['INPUT: "What is 47 × 23?"']);
  });
});

describe("tolerance", () => {
  it("snaps a bottom corner one column off, with a warning", () => {
    const right = parseDiagram("┌──────┐\n│ text │\n└───────┘");
    expect(right.boxes[0]!.bounds).toEqual({ top: 0, left: 0, bottom: 2, right: 7 });
    expect(right.warnings).toEqual([{ line: 3, column: 9, code: "snapped", message: "bottom-right corner is one column off; snapped" }]);
    const left = parseDiagram("┌──────┐\n│ text │\n └─────┘");
    expect(left.boxes[0]!.label).toEqual(["text"]);
    expect(left.warnings.map((w) => [w.line, w.column, w.code])).toEqual([[3, 2, "snapped"]]);
  });

  it("accepts a row overrunning its border, with a warning", () => {
    const m = parseDiagram("┌──────┐\n│ text too│\n│ ok   │\n│ ok   │\n└──────┘");
    expect(m.boxes[0]!.label).toEqual(["text too", "ok", "ok"]);
    expect(m.boxes[0]!.rowRight).toEqual({ 1: 10 });
    expect(m.warnings.map((w) => [w.line, w.column, w.code])).toEqual([[2, 8, "overrun"]]);
  });

  it("accepts a missing border piece, with a warning", () => {
    const m = parseDiagram("┌──────┐\n│ a    │\n│ b     \n│ c    │\n└──────┘");
    expect(m.boxes[0]!.label).toEqual(["a", "b", "c"]);
    expect(m.warnings.map((w) => [w.line, w.column, w.code])).toEqual([[3, 8, "missing-border"]]);
    const top = parseDiagram("┌──── ─┐\n│ text │\n│ more │\n└──────┘");
    expect(top.boxes).toHaveLength(1);
    expect(top.warnings.map((w) => [w.line, w.column, w.code])).toEqual([[1, 6, "missing-border"]]);
  });

  it("shows what it cannot understand as text, and says where", () => {
    const m = parseDiagram("┌───┐\n│ A │\n└───┘\n\n  ┌──────┐\n  │ open │\n  │ more");
    expect(m.mode).toBe("diagram");
    expect(m.boxes.map((b) => b.label[0])).toEqual(["A"]);
    expect(m.warnings).toEqual([{ line: 5, column: 3, code: "unclosed-box", message: "box does not close; shown as text" }]);
    // The broken outline is fallback text, the words in it plain text, all in place.
    expect(m.texts.filter((t) => t.kind === "fallback").map((t) => [t.row, t.col, t.text])).toEqual([
      [4, 2, "┌──────┐"],
      [5, 2, "│"],
      [5, 9, "│"],
      [6, 2, "│"],
    ]);
    expect(m.texts.filter((t) => t.kind === "text").map((t) => [t.row, t.col, t.text])).toEqual([
      [5, 4, "open"],
      [6, 4, "more"],
    ]);
  });

  it("reports broken line drawings that join nothing, at their line and column", () => {
    const m = parseDiagram("┌───┐\n│ A │\n└───┘\n   ──┐\n     └─x");
    expect(m.warnings).toEqual([{ line: 4, column: 4, code: "unrecognised", message: "line drawing neither closes a box nor joins anything; shown as text" }]);
    expect(m.texts.filter((t) => t.kind === "fallback").map((t) => t.text)).toEqual(["──┐", "└─"]);
  });

  it("detects a flattened diagram and keeps it as text", () => {
    const flat = ["┌─────────────────────────────┐", "│ O3 DEEP REASONING MODEL │", "└─────────────────────────────┘", "┌─────────────────────────────┐", "│ ENCODER │", "│ ┌────────┐ ┌────────┐ │", "│ │ Token │→│ Multi │ │", "│ └────────┘ └────────┘ │", "└─────────────────────────────┘"].join("\n");
    const m = parseDiagram(flat, { lineOffset: 40 });
    expect(m.mode).toBe("text");
    expect(m.boxes).toEqual([]);
    expect(m.warnings).toHaveLength(1);
    expect(m.warnings[0]).toMatchObject({ line: 41, column: 1, code: "flattened" });
  });
});

describe("robustness", () => {
  it("never throws, even on odd input", () => {
    for (const src of ["", "\n\n", "┌", "┐└", "│\n│\n│", "\u0301", "\ud800", "┌┐\n└┘", "+", "+-+\n+-+", "→", "↓\n↓", "\t┌─┐\t\n\t└─┘", "a\u0000b", "┼┼┼\n┼┼┼\n┼┼┼"]) {
      expect(() => parseDiagram(src)).not.toThrow();
    }
    expect(parseDiagram("┌┐\n└┘").boxes).toHaveLength(1);
  });

  it("adds the caller's line offset to warnings", () => {
    const m = parseDiagram("┌──────┐\n│ text │\n└───────┘", { lineOffset: 100 });
    expect(m.warnings[0]!.line).toBe(103);
  });
});
