import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockHash, outputsByHash, parseRunMeta, pythonBlocks, readCodeOutputs } from "./code-runs";

describe("parseRunMeta", () => {
  it("runs a plain python fence", () => {
    expect(parseRunMeta("")).toEqual({ run: true });
  });
  it("reads no-run with its reason", () => {
    expect(parseRunMeta('no-run reason="needs a CUDA device"')).toEqual({ run: false, reason: "needs a CUDA device" });
  });
  it("refuses no-run without a reason, a token reason and unknown options", () => {
    expect(parseRunMeta("no-run")).toHaveProperty("error", expect.stringContaining("needs a reason"));
    expect(parseRunMeta('no-run reason="gpu"')).toHaveProperty("error", expect.stringContaining("too short"));
    expect(parseRunMeta("title=x.py")).toHaveProperty("error", expect.stringContaining('unknown python fence option "title=x.py"'));
  });
});

describe("pythonBlocks", () => {
  const body = ["Intro", "", "```python", "print(1)", "```", "", '```python no-run reason="needs a CUDA device"', "x.cuda()", "```", "```text", "not python", "```"].join("\n");

  it("finds python blocks with their file lines, hashes and run modes", () => {
    const blocks = pythonBlocks("content/entries/x.mdx", body, 5);
    expect(blocks.map((b) => [b.line, b.body, b.mode.run])).toEqual([
      [8, "print(1)", true],
      [12, "x.cuda()", false],
    ]);
    expect(blocks[0]!.hash).toBe(blockHash("print(1)"));
  });

  it("names the fence line of a malformed fence", () => {
    expect(() => pythonBlocks("content/entries/x.mdx", "```python no-run\nx\n```", 5)).toThrow("content/entries/x.mdx:5 [python fence]: no-run needs a reason");
  });

  it("hashes the text, ignoring trailing whitespace only", () => {
    expect(blockHash("print(1)\n")).toBe(blockHash("print(1)"));
    expect(blockHash("print(2)")).not.toBe(blockHash("print(1)"));
  });
});

describe("readCodeOutputs", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "outputs-"));
  const write = (name: string, data: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
    return file;
  };

  it("reads a valid file and indexes its blocks by hash with their versions", () => {
    const file = write("a.json", { python: "3.13.5", torch: "2.6.0+debian", blocks: [{ line: 3, hash: blockHash("print(1)"), stdout: "1" }] });
    const byHash = outputsByHash(readCodeOutputs(file));
    expect(byHash.get(blockHash("print(1)"))).toMatchObject({ stdout: "1", torch: "2.6.0+debian", python: "3.13.5" });
  });

  it("is undefined for an entry without outputs", () => {
    expect(readCodeOutputs(path.join(dir, "none.json"))).toBeUndefined();
  });

  it("names the file and the field of an invalid file", () => {
    const file = write("b.json", { python: "3.13.5", torch: "2.6.0+debian", blocks: [{ line: 3, hash: "xyz", stdout: "1" }] });
    expect(() => readCodeOutputs(file, "content/outputs/b.json")).toThrow(/content\/outputs\/b\.json \[blocks\.0\.hash\]/);
    const broken = write("c.json", "{");
    expect(() => readCodeOutputs(broken, "content/outputs/c.json")).toThrow("content/outputs/c.json: not valid JSON");
  });
});
