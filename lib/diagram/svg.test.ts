import { describe, expect, it } from "vitest";
import { renderDiagram } from "./index";
import { DEFAULTS } from "./layout";
import { createLinkLookup } from "./link";
import { printedGlyphs, unaccounted, xmlProblems } from "./verify";

const lookup = createLinkLookup(
  new Map([
    ["multi-head attention (mha)", "multi-head-attention"],
    ["softmax", "softmax"],
  ]),
  (s) => ({ "multi-head-attention": "Multi-Head Attention (MHA)", softmax: "Softmax" })[s],
);

const SRC = ["┌────────┐ ┌─────────┐", "│ Multi  │→│ Softmax │", "│ Head   │ │ a<b & c │", "│ Attn   │ │ \"q\" 'x' │", "└────────┘ └─────────┘", "  ↓ [Add & Norm]", "┌────────┐", "│ Output │", "└────────┘"].join("\n");

describe("SVG", () => {
  const { svg, tree } = renderDiagram(SRC, { lookup, idPrefix: "diagram-12" });

  it("is well-formed, with every text escaped", () => {
    expect(svg).not.toBeNull();
    expect(xmlProblems(svg!)).toEqual([]);
    expect(svg).toContain("a&lt;b &amp; c");
    expect(svg).toContain("&quot;q&quot; &#39;x&#39;");
    expect(svg).not.toMatch(/a<b/);
  });

  it("colours everything through classes, so the theme's CSS variables apply", () => {
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b/i);
    expect(svg).not.toMatch(/\s(fill|stroke)="/);
    expect(renderDiagram(SRC, { standalone: true }).svg).toContain("var(--fg");
  });

  it("gives each box a title, an accessible name and a stable, unique anchor", () => {
    expect(tree!.boxes.map((b) => b.anchor)).toEqual(["diagram-12-multi", "diagram-12-softmax", "diagram-12-output"]);
    expect(svg).toContain('<g class="d-box d-depth-0 d-light" id="diagram-12-output" data-box="b3" data-nets="2" role="group" aria-label="Output"><title>Output</title>');
    const twice = renderDiagram("┌───┐┌───┐┌───┐\n│ A ││ A ││   │\n└───┘└───┘└───┘", { idPrefix: "d" });
    expect(twice.tree!.boxes.map((b) => b.anchor)).toEqual(["d-a", "d-a-2", "d-box-3"]);
    // An id must be an XML name: subscripts and superscripts become plain letters and digits.
    const sub = renderDiagram("┌──────────┐\n│ set nₖ x² │\n└──────────┘", { idPrefix: "d" });
    expect(sub.tree!.boxes.map((b) => b.anchor)).toEqual(["d-set-nk-x2"]);
  });

  it("links boxes whose label names an entry, including labels split over lines", () => {
    // The name starts with the words the link shows (label in name, WCAG 2.5.3).
    expect(svg).toContain('<a href="/entries/multi-head-attention" aria-label="Multi Head Attn: open the entry Multi-Head Attention (MHA)">');
    expect(svg).toContain("<title>Multi — Multi-Head Attention (MHA)</title>");
    expect(svg).not.toContain('href="/entries/output"');
  });

  it("places every glyph on its grid column, as real text", () => {
    const { cellWidth: cw, lineHeight: lh, fontSize, pad } = DEFAULTS;
    const printed = printedGlyphs(svg!);
    const at = (row: number, col: number, ch: string, width = 1) => printed.has(`${pad + (col + width / 2) * cw}|${Math.round((pad + (row + 0.5) * lh + fontSize * 0.35) * 100) / 100}|${ch}`);
    expect(at(1, 2, "M")).toBe(true);
    expect(at(1, 13, "S")).toBe(true);
    expect(at(5, 4, "[")).toBe(true);
    expect(at(5, 4, "x")).toBe(false);
    expect(unaccounted(SRC, renderDiagram(SRC))).toEqual([]);
  });

  it("draws edges with arrowheads and lists the boxes each joins", () => {
    expect(svg).toMatch(/<g class="d-edge" data-net="1" data-boxes="b1 b2"><path class="d-line" d="M[^"]+"\/><path class="d-head" d="M[^"]+Z"\/><\/g>/);
    expect(svg).toMatch(/<g class="d-edge" data-net="2" data-boxes="b1 b3">/);
  });

  it("returns no SVG for a diagram that must stay text", () => {
    const r = renderDiagram("just some text\nand more");
    expect(r.svg).toBeNull();
    expect(r.model.mode).toBe("text");
  });

  it("catches a dropped character (the check itself can fail)", () => {
    const r = renderDiagram(SRC);
    // "Output" printed as "Outpt": the glyphs from the dropped "u" on sit in the wrong cells.
    const broken = { ...r, svg: r.svg!.replace(">Output</text>", ">Outpt</text>") };
    expect(unaccounted(SRC, broken).map((m) => [m.text, m.col])).toEqual([
      ["u", 6],
      ["t", 7],
    ]);
    const unescaped = r.svg!.replace("a&lt;b", "a<b");
    expect(xmlProblems(unescaped).length).toBeGreaterThan(0);
  });
});
