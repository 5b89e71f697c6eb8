import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pythonBlocks } from "./code-runs";
import { blockTraceRecord, readCodeTraces, tracesByHash, type CodeTraces } from "./traces";

const body = ["```python", "print(1)", "```", "", "```python", "print(2)", "```"].join("\n");
const blocks = pythonBlocks("content/entries/x.mdx", body, 5);
const model = {
  nodes: [
    { id: 0, kind: "input", name: "input" },
    { id: 1, kind: "module", name: "Linear", qual: "torch.nn.modules.linear.Linear", params: 6, builtin: true },
    { id: 2, kind: "op", name: "linear", parent: 1, line: 3 },
    { id: 3, kind: "output", name: "output" },
  ],
  edges: [
    { from: 0, to: 2, shape: [1, 2], dtype: "float32" },
    { from: 2, to: 3, shape: [1, 3], dtype: "float32" },
  ],
};
const traces = (hashes: string[]): CodeTraces => ({ python: "3.13.5", torch: "2.6.0", blocks: hashes.map((hash, i) => ({ line: 6 + 4 * i, hash, models: i === 0 ? [structuredClone(model) as never] : [] })) });

function write(data: unknown): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "traces-")), "x.json");
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe("readCodeTraces", () => {
  it("reads a valid file", () => {
    const t = readCodeTraces(write(traces(blocks.map((b) => b.hash))));
    expect(t?.blocks[0]?.models?.[0]?.nodes).toHaveLength(4);
  });
  it("names the file and field of an invalid one", () => {
    const bad = traces(blocks.map((b) => b.hash));
    (bad.blocks[0]!.models![0]!.nodes[2] as { parent: number }).parent = 0; // an input is not a module
    expect(() => readCodeTraces(write(bad), "content/traces/x.json")).toThrow(/content\/traces\/x\.json \[blocks\.0\.models\.0\.nodes\.2\.parent\]: parent 0 is not a module/);
    const dangling = traces(blocks.map((b) => b.hash));
    dangling.blocks[0]!.models![0]!.edges[0]!.to = 9;
    expect(() => readCodeTraces(write(dangling), "content/traces/x.json")).toThrow(/edge 0 → 9 names a node that does not exist/);
  });
});

describe("tracesByHash", () => {
  it("returns the traces of the current blocks", () => {
    const map = tracesByHash(traces(blocks.map((b) => b.hash)), blocks, "content/traces/x.json", "content/entries/x.mdx");
    expect(map.get(blocks[0]!.hash)?.models).toHaveLength(1);
  });
  it("fails on a stale trace, naming the trace file and the block's line", () => {
    const stale = traces([blocks[0]!.hash, "0123456789abcdef"]);
    expect(() => tracesByHash(stale, blocks, "content/traces/x.json", "content/entries/x.mdx")).toThrow(
      "content/traces/x.json [block at content/entries/x.mdx:10]: stale trace: no python block of content/entries/x.mdx has this text any more",
    );
  });
  it("fails on a block with no trace in a traced entry, naming its line", () => {
    expect(() => tracesByHash(traces([blocks[0]!.hash]), blocks, "content/traces/x.json", "content/entries/x.mdx")).toThrow(
      `content/entries/x.mdx:${blocks[1]!.line} [python block]: has no trace for its current text`,
    );
  });
});

describe("blockTraceRecord", () => {
  const block = { line: 3, hash: "0123456789abcdef" };
  const model = { nodes: [{ id: 0, kind: "input", name: "x" }, { id: 1, kind: "output", name: "out" }], edges: [{ from: 0, to: 1, shape: [2, 3], dtype: "float32" }] };

  it("keeps the models of a traced run", () => {
    const r = blockTraceRecord(block, { ok: true, stderr: "", trace: { models: [model] } });
    expect(r.problems).toEqual([]);
    expect(r.record).toEqual({ ...block, models: [model] });
  });

  it("records why a block could not be traced: no trace file, the tracer's own error, a trace outside the schema", () => {
    expect(blockTraceRecord(block, { ok: false, stderr: "Traceback…\nValueError: bad shape\n", trace: undefined }).record.error).toBe("the block raised: ValueError: bad shape");
    expect(blockTraceRecord(block, { ok: true, stderr: "", trace: undefined }).record.error).toBe("the tracer wrote nothing");
    const own = blockTraceRecord(block, { ok: true, stderr: "", trace: { error: "tracer could not start: ImportError" } });
    expect(own.record).toEqual({ ...block, error: "tracer could not start: ImportError" });
    expect(own.problems).toEqual(["could not trace: tracer could not start: ImportError"]);
    const bad = blockTraceRecord(block, { ok: true, stderr: "", trace: { models: [{ ...model, edges: [{ from: 0, to: 9, shape: [1], dtype: "f" }] }] } });
    expect(bad.record.error).toMatch(/^trace does not fit the schema: models\.0\.edges\.0: edge 0 → 9 names a node that does not exist/);
  });

  it("reports a model whose tracing failed in part", () => {
    const r = blockTraceRecord(block, { ok: true, stderr: "", trace: { models: [{ ...model, error: "hook raised" }] } });
    expect(r.problems).toEqual(["part of the trace failed: hook raised"]);
  });
});
