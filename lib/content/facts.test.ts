import { describe, expect, it } from "vitest";
import { ContentError } from "./errors";
import { compareSortKeys, factTable } from "./facts-table";
import { parseEntry } from "./load";

const base = (category: string, facts?: string) =>
  [
    "slug: x",
    "title: X",
    `category: ${category}`,
    "summary: A test entry of at least ten characters.",
    "problems: [one problem, two problems, three problems]",
    "maturity: established",
    ...(facts ? ["facts:", ...facts.split("\n").map((l) => `  ${l}`)] : []),
  ].join("\n");

function errorOf(yaml: string): ContentError {
  try {
    parseEntry("content/entries/x.mdx", yaml);
  } catch (err) {
    if (err instanceof ContentError) return err;
    throw err;
  }
  throw new Error("expected a ContentError");
}

describe("typed facts", () => {
  it("parses a category's facts", () => {
    const e = parseEntry("content/entries/x.mdx", base("activation", "formula: '\\max(0,x)'\nsmooth: false\npytorch: torch.nn.ReLU"));
    expect(e.facts).toEqual({ formula: "\\max(0,x)", smooth: false, pytorch: "torch.nn.ReLU" });
  });

  it("fails naming the file, line and field for a wrong type, an unknown field, bad LaTeX", () => {
    const wrongType = errorOf(base("activation", "smooth: maybe"));
    expect([wrongType.file, wrongType.line, wrongType.field]).toEqual(["content/entries/x.mdx", 9, "facts.smooth"]);
    expect(errorOf(base("normalization", "axes: N")).message).toMatch(/\[facts\]: unknown field\(s\): axes/);
    const latex = errorOf(base("attention", "time: 'O(n^2 \\frac{d)'"));
    expect(latex.field).toBe("facts.time");
    expect(latex.problem).toMatch(/KaTeX/);
    expect(errorOf(base("optimization", "stateSlots: 2")).field).toBe("facts.kind");
    expect(errorOf(base("optimization", "kind: optimizer\npytorch: Adam")).field).toBe("facts.pytorch");
  });

  it("requires facts in a table category and refuses them elsewhere", () => {
    expect(errorOf(base("loss")).message).toMatch(/need a facts block/);
    expect(errorOf(base("pooling", "task: x")).message).toMatch(/has no facts table/);
    expect(parseEntry("content/entries/x.mdx", base("pooling")).facts).toBeUndefined();
  });
});

describe("comparison tables", () => {
  const rows = [
    { slug: "adam", title: "Adam", category: "optimization", facts: { kind: "optimizer", stateSlots: 2, hyperparameters: [{ name: "lr", default: "1e-3" }] } },
    { slug: "sgd", title: "SGD", category: "optimization", facts: { kind: "optimizer", stateSlots: 1 } },
    { slug: "step-lr", title: "StepLR", category: "optimization", facts: { kind: "schedule" } },
  ];
  it("builds one row per entry with displayable cells and sort keys", () => {
    const t = factTable("optimization", rows)!;
    expect(t.columns.map((c) => c.key)).toEqual(["kind", "stateSlots", "hyperparameters", "year", "pytorch"]);
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(["optimizer", "2×", "lr = 1e-3", "", ""]);
    expect(t.rows[2]!.cells[1]!.sort).toBeNull();
    expect(factTable("pooling", rows)).toBeUndefined();
  });
  it("sorts numbers numerically and empty cells last in both directions", () => {
    const keys = [2, null, 10, 1];
    expect([...keys].sort((a, b) => compareSortKeys(a, b))).toEqual([1, 2, 10, null]);
    expect([...keys].sort((a, b) => compareSortKeys(a, b, true))).toEqual([10, 2, 1, null]);
    expect(["b", "a10", "a9"].sort((a, b) => compareSortKeys(a, b))).toEqual(["a9", "a10", "b"]);
  });
});
