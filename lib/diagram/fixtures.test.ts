/**
 * The seed's box diagrams (tests/fixtures/diagrams/<name>.txt, extracted from content/entries) against
 * their parsed models (<name>.expected.json), plus hand-written checks of the key boxes and edges.
 * Regenerate the JSON after an intended change with UPDATE_DIAGRAM_FIXTURES=1 and review the diff.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fencedBlocks } from "../content/code-blocks";
import { splitFrontmatter } from "../content/frontmatter";
import { diagramBoxErrors } from "../content/checks/diagram-boxes";
import { renderDiagram } from "./index";
import { parseDiagram } from "./parse";
import type { DiagramModel } from "./types";
import { unaccounted, xmlProblems } from "./verify";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const DIR = path.join(ROOT, "tests", "fixtures", "diagrams");
const read = (name: string) => fs.readFileSync(path.join(DIR, `${name}.txt`), "utf8").replace(/\n$/, "");
const names = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();
const drawn = names.filter((n) => !n.endsWith(".flattened"));
const flattened = names.filter((n) => n.endsWith(".flattened"));

/** The model as committed: everything but per-cell geometry; text runs one line each. */
function snapshot(m: DiagramModel) {
  return {
    mode: m.mode,
    rows: m.rows,
    cols: m.cols,
    boxes: m.boxes.map(({ rules, ...b }) => (rules ? { ...b, rules: rules.length } : b)),
    edges: m.edges,
    nets: m.nets.map((n) => ({ id: n.id, bounds: n.bounds, boxes: n.boxes, within: n.within, heads: n.heads.map((h) => `${h.row}:${h.col} ${h.dir}`) })),
    texts: m.texts.map((t) => `${t.row}:${t.col} ${t.kind}${t.box ? ` ${t.box}` : ""}${t.net ? ` net ${t.net}` : ""} ${JSON.stringify(t.text)}`),
    marks: m.marks.map((k) => `${k.row}:${k.col} ${k.text}`),
    warnings: m.warnings,
  };
}

const label = (m: DiagramModel, text: string) => {
  const b = m.boxes.find((x) => x.label.join(" / ") === text || x.label[0] === text);
  if (!b) throw new Error(`no box labelled "${text}"`);
  return b;
};
const named = (m: DiagramModel, id: string | null) => (id ? m.boxes.find((b) => b.id === id)!.label[0] ?? id : null);
const edgeList = (m: DiagramModel) => m.edges.map((e) => `${named(m, e.from)} ${e.directed ? "->" : "--"} ${named(m, e.to)}${e.label ? ` [${e.label}]` : ""}`);

describe("seed diagram fixtures", () => {
  it("has the seed's diagrams", () => {
    expect(drawn.length).toBeGreaterThanOrEqual(10);
    expect(flattened.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of drawn) {
    it(`${name}: parses to the committed model`, () => {
      const model = parseDiagram(read(name));
      const file = path.join(DIR, `${name}.expected.json`);
      const actual = JSON.stringify(snapshot(model), null, 2) + "\n";
      if (process.env.UPDATE_DIAGRAM_FIXTURES || !fs.existsSync(file)) fs.writeFileSync(file, actual);
      expect(JSON.parse(actual)).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
    });

    it(`${name}: draws every character, as well-formed SVG`, () => {
      const source = read(name);
      const result = renderDiagram(source);
      expect(result.model.mode).toBe("diagram");
      expect(unaccounted(source, result)).toEqual([]);
      expect(xmlProblems(result.svg!)).toEqual([]);
      // Aligned diagrams need no tolerance: nothing snapped, nothing unrecognised.
      expect(result.model.warnings).toEqual([]);
    });
  }

  for (const name of flattened) {
    it(`${name}: is detected as flattened and kept as text`, () => {
      const m = parseDiagram(read(name));
      expect(m.mode).toBe("text");
      expect(m.boxes).toEqual([]);
      expect(m.warnings.map((w) => w.code)).toEqual(["flattened"]);
    });
  }
});

describe("seed diagrams, key boxes and edges", () => {
  it("o3-deep-reasoning-model", () => {
    const m = parseDiagram(read("o3-deep-reasoning-model"));
    const encoder = label(m, "ENCODER (Bidirectional Transformer)");
    expect(encoder.bounds).toEqual({ top: 5, left: 0, bottom: 12, right: 67 });
    expect(label(m, "O3 DEEP REASONING MODEL").bounds).toEqual({ top: 0, left: 0, bottom: 2, right: 66 });
    const mha = label(m, "Multi / Head / Attn");
    expect(mha.bounds).toEqual({ top: 7, left: 14, bottom: 11, right: 23 });
    expect(mha.parent).toBe(encoder.id);
    expect(encoder.children.map((id) => named(m, id))).toEqual(["Token", "Multi", "FFN", "Layer"]);
    expect(label(m, "Step 1: \"Break down: 47 × 23 = 47 × 20 + 47 × 3\"").parent).toBe(label(m, "REASONING SCRATCHPAD (Autoregressive Decoder)").id);
    expect(edgeList(m)).toEqual([
      "null -> ENCODER (Bidirectional Transformer)",
      "Token -> Multi",
      "Multi -> FFN",
      "FFN -> Layer",
      "ENCODER (Bidirectional Transformer) -> REASONING SCRATCHPAD (Autoregressive Decoder)",
      "null -> null [[Causal Attention]]",
      "null -> null",
      "null -> null [[Cross-Attention to Encoder]]",
      "null -> null",
      "null -> null [[Self-Attention on scratchpad]]",
      "null -> null",
      "REASONING SCRATCHPAD (Autoregressive Decoder) -> OUTPUT HEAD",
    ]);
  });

  it("bert", () => {
    const m = parseDiagram(read("bert"));
    const mhsa = label(m, "Multi-Head Self-Attention (12 heads)");
    expect(mhsa.bounds).toEqual({ top: 21, left: 11, bottom: 29, right: 53 });
    expect(mhsa.children.map((id) => named(m, id))).toEqual(["H1", "H2", "H3", "H12"]);
    expect(label(m, "H12").bounds).toEqual({ top: 23, left: 37, bottom: 25, right: 41 });
    expect(label(m, "Token / Embedding / [30K vocab]").parent).toBe(label(m, "EMBEDDING LAYER").id);
    const edges = edgeList(m);
    expect(edges).toContain("H1 -- H2");
    expect(edges).toContain("H1 -- H12");
    expect(edges).toContain("Multi-Head Self-Attention (12 heads) -> Feed-Forward Network [[Add & Norm]]");
    expect(edges.filter((e) => / -> null$/.test(e))).toEqual(["Token -> null", "Position -> null", "Segment -> null"]);
    // The three embeddings meet in one bracket (└──┴──┘), which goes on down to the combined embedding.
    const bracket = m.nets.find((n) => n.boxes.length === 3)!;
    expect(bracket.bounds).toEqual({ top: 12, left: 9, bottom: 14, right: 45 });
    expect(bracket.heads.map((h) => h.dir)).toEqual(["s", "s", "s", "s"]);
  });

  it("stacked-3d-som: split boxes become cells; ● and ☆ line up with the border", () => {
    const m = parseDiagram(read("stacked-3d-som"));
    const grids = m.boxes.filter((b) => b.kind === "box" && b.children.length === 9);
    expect(grids.map((g) => g.children.map((id) => named(m, id)).join(" "))).toEqual([
      "1 2 3 4 5 6 7 8 9",
      "10 11 12 13 14 15 16 17 18",
      "19 20 21 22 23 24 25 26 27",
    ]);
    expect(label(m, "5").bounds).toEqual({ top: 10, left: 8, bottom: 12, right: 12 });
    const inside = label(m, "INSIDE EACH 11×11×11 SOM CUBE (e.g., Cube #14 - center)");
    expect(inside.bounds).toEqual({ top: 18, left: 0, bottom: 40, right: 72 });
    const stars = m.texts.flatMap((t) => t.glyphs).filter((g) => g.text === "☆");
    // The middle layer's centre, the cross around it, the legend and the BMU line.
    expect(stars.map((g) => g.col)).toEqual([36, 32, 34, 36, 38, 20, 5]);
  });

  it("chain-of-thought-with-parents-attention: a two-headed vertical run with its label", () => {
    const m = parseDiagram(read("chain-of-thought-with-parents-attention"));
    const back = m.edges.find((e) => e.label?.startsWith("Backward check"))!;
    const net = m.nets.find((n) => n.id === back.net)!;
    expect(net.heads.map((h) => h.dir)).toEqual(["n", "s"]);
    expect(net.bounds).toEqual({ top: 54, left: 11, bottom: 57, right: 11 });
    expect(net.within).toBe(label(m, "CHAIN OF THOUGHT REASONING (with Parent's Attention)").id);
    expect(label(m, "PARENT'S ATTENTION MONITORING (at each step)").bounds).toEqual({ top: 29, left: 2, bottom: 43, right: 61 });
  });

  it("tree-of-thought-with-parents-attention-text: a ┌─┴─┬─┐ bracket fanning out to four arrows", () => {
    const m = parseDiagram(read("tree-of-thought-with-parents-attention-text"));
    const fan = m.nets.find((n) => n.heads.length >= 5)!;
    expect(fan.bounds).toEqual({ top: 4, left: 7, bottom: 6, right: 35 });
    expect(fan.heads.filter((h) => h.row === 6).map((h) => h.col)).toEqual([7, 17, 26, 35]);
    expect(m.edges.map((e) => e.label).filter(Boolean)).toContain("Forward Computation:");
  });

  it("4d-dilated-conv-dendrite-hypergraph-2: diagonals are drawn as marks", () => {
    const m = parseDiagram(read("4d-dilated-conv-dendrite-hypergraph-2"));
    expect(m.marks.map((k) => k.text).join("")).toBe("╲╱╲╱╲╱╱╲╱╲╱╲");
    expect(label(m, "For each hyperedge h connecting set S = {n₁,n₂,...,nₖ}:").parent).toBe(label(m, "HYPERGRAPH TIPS (Multi-way Connections)").id);
  });
});

describe("content diagrams", () => {
  const entries = path.join(ROOT, "content", "entries");
  const blocks = fs.existsSync(entries)
    ? fs
        .readdirSync(entries)
        .filter((f) => f.endsWith(".mdx"))
        .flatMap((f) => {
          const { body, bodyLine } = splitFrontmatter(f, fs.readFileSync(path.join(entries, f), "utf8"));
          return fencedBlocks(body, { file: f, bodyLine }).filter((b) => b.lang === "diagram").map((b) => ({ file: f, ...b, line: bodyLine - 1 + b.line }));
        })
    : [];

  it("draws every ```diagram block in content/entries, finding every box the content check accepts", () => {
    const problems: string[] = [];
    for (const b of blocks) {
      const result = renderDiagram(b.body);
      const where = `${b.file}:${b.line}`;
      if (result.model.mode !== "diagram") problems.push(`${where}: not drawn (${result.model.warnings.map((w) => w.message).join("; ")})`);
      const corners = [...b.body].filter((ch) => ch === "┌").length;
      const closed = corners - diagramBoxErrors(b.body).length;
      const found = result.model.boxes.filter((x) => x.kind === "box").length;
      if (found < closed) problems.push(`${where}: ${found} boxes found, ${closed} closed`);
      const missing = unaccounted(b.body, result);
      if (missing.length) problems.push(`${where}: ${missing.length} characters not shown, first ${JSON.stringify(missing[0])}`);
    }
    expect(problems).toEqual([]);
  });
});
