/**
 * Property tests: 10,000+ random, synthetic and mutated diagrams. For every input the engine must not
 * throw, must finish in bounded time, must produce well-formed SVG with a consistent model, and must
 * show every character of the input (printed at its own cell, or drawn as part of a box or an edge).
 * The generator is seeded, so a failure names an input that reproduces.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../random";
import { renderDiagram, type RenderResult } from "./index";
import type { DiagramModel } from "./types";
import { unaccounted, xmlProblems } from "./verify";

const rng = mulberry32;

const BOX = [..."─│┌┐└┘├┤┬┴┼━┃┏┓┗┛═║╔╗╚╝╭╮╰╯"];
const ARROWS = [..."→←↑↓▼▲►◄"];
const ASCII = [..."+-|<>^vV=/\\:()\"'o.*"];
const TEXT = [..."abcdefXYZ0123456789"];
const SPECIAL = ["注", "意", "⚠️", "❌", "✓", "●", "☆", "•", "😀", "👍🏽", "🇺🇸", "e\u0301", "👨‍👩‍👧", "\t", "&", "<", ">", "&amp;", "\u0001", "\u007f", "╱", "╲", "╳", "\u200d", "\ufe0f", "\u0301", "×", "∑ᵢ", "\u00a0", "\u3000"];

type Rand = () => number;
const pick = <T,>(r: Rand, xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function randomChar(r: Rand): string {
  const x = r();
  if (x < 0.35) return " ";
  if (x < 0.55) return pick(r, BOX);
  if (x < 0.63) return pick(r, ARROWS);
  if (x < 0.73) return pick(r, ASCII);
  if (x < 0.93) return pick(r, TEXT);
  return pick(r, SPECIAL);
}

/** Lines of random characters. */
function randomText(r: Rand): string {
  const lines: string[] = [];
  for (let i = int(r, 1, 12); i > 0; i--) {
    let line = "";
    for (let j = int(r, 0, 30); j > 0; j--) line += randomChar(r);
    lines.push(line);
  }
  return lines.join(pick(r, ["\n", "\n", "\n", "\r\n"]));
}

const STYLES = [
  ["┌", "┐", "└", "┘", "─", "│"],
  ["┏", "┓", "┗", "┛", "━", "┃"],
  ["╔", "╗", "╚", "╝", "═", "║"],
  ["╭", "╮", "╰", "╯", "─", "│"],
  ["+", "+", "+", "+", "-", "|"],
];

/** A canvas with random boxes (possibly nested or overlapping), labels, arrows and brackets. */
function randomDiagram(r: Rand): string {
  const H = int(r, 4, 22);
  const W = int(r, 8, 60);
  const grid: string[][] = Array.from({ length: H }, () => Array.from({ length: W }, () => " "));
  const put = (y: number, x: number, ch: string) => {
    if (y >= 0 && y < H && x >= 0 && x < W) grid[y]![x] = ch;
  };
  for (let n = int(r, 1, 6); n > 0; n--) {
    const [tl, tr, bl, br, h, v] = pick(r, STYLES);
    const top = int(r, 0, H - 3);
    const left = int(r, 0, W - 4);
    const bottom = Math.min(H - 1, top + int(r, 2, 8));
    const right = Math.min(W - 1, left + int(r, 3, 24));
    for (let x = left + 1; x < right; x++) {
      put(top, x, h!);
      put(bottom, x, h!);
    }
    for (let y = top + 1; y < bottom; y++) {
      put(y, left, v!);
      put(y, right, v!);
      for (let x = left + 1; x < right; x++) put(y, x, " ");
    }
    put(top, left, tl!);
    put(top, right, tr!);
    put(bottom, left, bl!);
    put(bottom, right, br!);
    // A label, which may hold anything, including strokes and markers.
    for (let y = top + 1; y < bottom && r() < 0.8; y++) {
      let x = left + 2;
      for (let k = int(r, 1, right - left - 3); k > 0 && x < right - 1; k--) {
        const ch = r() < 0.8 ? pick(r, TEXT) : r() < 0.5 ? pick(r, ASCII) : pick(r, [" ", "→", "↓", "-", "|", "●", "✓"]);
        put(y, x++, ch);
      }
    }
    // A connector out of the bottom, sometimes with a tee.
    if (r() < 0.5) {
      const x = int(r, left + 1, right - 1);
      if (r() < 0.5) put(bottom, x, v === "|" ? "+" : "┬");
      for (let y = bottom + 1, k = int(r, 1, 4); k > 0; y++, k--) put(y, x, k === 1 ? pick(r, ["↓", "▼", "v", "│"]) : v === "|" ? "|" : "│");
    }
    // A horizontal arrow from the right side.
    if (r() < 0.4) {
      const y = int(r, top + 1, Math.max(top + 1, bottom - 1));
      for (let x = right + 1, k = int(r, 1, 6); k > 0; x++, k--) put(y, x, k === 1 ? pick(r, ["→", "►", ">"]) : h === "-" ? "-" : "─");
    }
  }
  // A bracket somewhere.
  if (r() < 0.3) {
    const y = int(r, 0, H - 1);
    const a = int(r, 0, W - 6);
    const b = Math.min(W - 1, a + int(r, 4, 20));
    for (let x = a; x <= b; x++) put(y, x, x === a ? "└" : x === b ? "┘" : r() < 0.15 ? "┴" : "─");
  }
  return grid.map((row) => row.join("").replace(/\s+$/, "")).join("\n");
}

/** One to six edits: characters deleted, inserted or replaced, lines removed, doubled, swapped or shifted. */
function mutate(r: Rand, source: string): string {
  let lines = source.split("\n");
  for (let n = int(r, 1, 6); n > 0; n--) {
    const i = int(r, 0, lines.length - 1);
    const line = lines[i] ?? "";
    const chars = [...line];
    const at = int(r, 0, chars.length);
    switch (int(r, 0, 8)) {
      case 0:
        chars.splice(at, 1);
        lines[i] = chars.join("");
        break;
      case 1:
        chars.splice(at, 0, randomChar(r));
        lines[i] = chars.join("");
        break;
      case 2:
        chars[at] = randomChar(r);
        lines[i] = chars.join("");
        break;
      case 3:
        lines.splice(i, 1);
        break;
      case 4:
        lines.splice(i, 0, line);
        break;
      case 5: {
        const j = int(r, 0, lines.length - 1);
        [lines[i], lines[j]] = [lines[j] ?? "", line];
        break;
      }
      case 6:
        lines[i] = " ".repeat(int(r, 1, 3)) + line;
        break;
      case 7:
        lines[i] = line.replace(/\s+/g, " ").trim(); // flattened
        break;
      default:
        lines[i] = chars.slice(0, at).join("");
    }
    if (lines.length === 0) lines = [""];
  }
  return lines.join("\n");
}

/** A run of 4–30 consecutive lines of a seed diagram, cutting through its boxes. */
function window(r: Rand, source: string): string {
  const lines = source.split("\n");
  const start = int(r, 0, Math.max(0, lines.length - 4));
  return lines.slice(start, start + int(r, 4, 30)).join("\n");
}

/** Structural invariants of a model. Returns the first broken one. */
function invariantProblem(m: DiagramModel): string | null {
  const ids = new Set(m.boxes.map((b) => b.id));
  if (ids.size !== m.boxes.length) return "duplicate box ids";
  for (const b of m.boxes) {
    if (b.bounds.top > b.bounds.bottom || b.bounds.left > b.bounds.right) return `box ${b.id} has inverted bounds`;
    if (b.parent) {
      const p = m.boxes.find((x) => x.id === b.parent);
      if (!p) return `box ${b.id} has unknown parent`;
      const { top, left, bottom, right } = p.bounds;
      if (b.bounds.top < top || b.bounds.left < left || b.bounds.bottom > bottom || b.bounds.right > right) return `box ${b.id} is not inside its parent`;
      if (!p.children.includes(b.id)) return `parent of ${b.id} does not list it`;
    }
    for (const c of b.children) if (m.boxes.find((x) => x.id === c)?.parent !== b.id) return `child ${c} of ${b.id} disagrees`;
  }
  const nets = new Set(m.nets.map((n) => n.id));
  for (const e of m.edges) {
    if ((e.from && !ids.has(e.from)) || (e.to && !ids.has(e.to))) return `edge ${e.id} names an unknown box`;
    if (!nets.has(e.net)) return `edge ${e.id} names an unknown net`;
  }
  for (const t of m.texts) if (t.box && !ids.has(t.box)) return "text in an unknown box";
  for (const w of m.warnings) {
    if (w.code === "internal") return `internal error: ${w.message}`;
    if (!(w.line >= 1 && w.column >= 1)) return "warning without a position";
  }
  if (m.mode === "text" && (m.boxes.length || m.edges.length)) return "text mode with boxes";
  return null;
}

const lookup = (label: string) => (/^[a-f]{3}/i.test(label) ? { slug: label.slice(0, 3).toLowerCase(), title: `Entry ${label.slice(0, 3)}` } : undefined);

interface Stats {
  inputs: number;
  drawn: number;
  maxMs: number;
  totalMs: number;
}

function check(source: string, stats: Stats): string | null {
  const t0 = performance.now();
  let result: RenderResult;
  try {
    result = renderDiagram(source, { lookup, idPrefix: "p" });
  } catch (err) {
    return `threw: ${err instanceof Error ? err.stack : String(err)}`;
  }
  const ms = performance.now() - t0;
  stats.inputs++;
  stats.totalMs += ms;
  stats.maxMs = Math.max(stats.maxMs, ms);
  // Generous: the machine running the tests may be busy. Typical inputs take a millisecond or two.
  if (ms > 2000) return `took ${ms.toFixed(0)} ms`;
  const inv = invariantProblem(result.model);
  if (inv) return inv;
  if (result.svg) {
    stats.drawn++;
    const xml = xmlProblems(result.svg);
    if (xml.length) return `malformed SVG: ${xml[0]}`;
    const missing = unaccounted(source, result);
    if (missing.length) return `lost ${missing.length} characters, first ${JSON.stringify(missing[0])}`;
  } else if (result.model.mode !== "text") return "no SVG for a drawn model";
  return null;
}

function run(name: string, count: number, seed: number, make: (r: Rand) => string, stats: Stats) {
  const r = rng(seed);
  for (let i = 0; i < count; i++) {
    const source = make(r);
    const problem = check(source, stats);
    if (problem) throw new Error(`${name} #${i} (seed ${seed}): ${problem}\ninput: ${JSON.stringify(source)}`);
  }
}

const FIXTURES = path.resolve(import.meta.dirname, "..", "..", "tests", "fixtures", "diagrams");
const seeds = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => fs.readFileSync(path.join(FIXTURES, f), "utf8").replace(/\n$/, ""));

describe("property: any input", () => {
  const stats: Stats = { inputs: 0, drawn: 0, maxMs: 0, totalMs: 0 };

  it("random characters (3,000)", () => run("random", 3000, 1, randomText, stats));
  it("random box diagrams (3,000)", () => run("synthetic", 3000, 2, randomDiagram, stats));
  it("mutated random box diagrams (2,000)", () => run("mutated-synthetic", 2000, 3, (r) => mutate(r, randomDiagram(r)), stats));
  it("mutated windows of seed diagrams (1,500)", () => run("mutated-window", 1500, 4, (r) => mutate(r, window(r, pick(r, seeds))), stats));
  it("mutated whole seed diagrams (500)", () => run("mutated-seed", 500, 5, (r) => mutate(r, pick(r, seeds)), stats));

  it("covered at least 10,000 inputs, most of them drawn, in bounded time", () => {
    expect(stats.inputs).toBeGreaterThanOrEqual(10_000);
    expect(stats.drawn).toBeGreaterThan(stats.inputs / 3);
    expect(stats.maxMs).toBeLessThan(2000);
    expect(stats.totalMs / stats.inputs).toBeLessThan(50);
    console.log(`property inputs: ${stats.inputs}, drawn: ${stats.drawn}, mean ${(stats.totalMs / stats.inputs).toFixed(2)} ms, max ${stats.maxMs.toFixed(1)} ms`);
  });

  it("the checks fail on a broken renderer", () => {
    // Drop the last printed glyph of each text element: the character check must notice.
    const source = seeds[0]!;
    const good = renderDiagram(source);
    const bad = { ...good, svg: good.svg!.replace(/([^>])<\/text>/g, "</text>") };
    expect(unaccounted(source, bad).length).toBeGreaterThan(0);
    expect(invariantProblem({ ...good.model, boxes: [...good.model.boxes, good.model.boxes[0]!] })).toBe("duplicate box ids");
  });
});
