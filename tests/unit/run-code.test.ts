/**
 * scripts/run-code.ts on fixture content, with real Python and PyTorch (npm test installs them):
 * a block that raises, prints nothing, prints other output than committed, or hangs fails the run
 * naming its file and line; a good block's output is written and then checks clean.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockHash } from "@/lib/content/code-runs";

const fixtures = path.resolve("tests/fixtures/code-run");

function run(contentDir: string, timeout: number, ...args: string[]) {
  const r = spawnSync("npx", ["tsx", "scripts/run-code.ts", "--timeout", String(timeout), ...args], {
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir },
    encoding: "utf8",
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe("run-code", () => {
  it("writes what a block prints, then checks it clean; no-run blocks are counted, not run", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "code-run-"));
    cpSync(path.join(fixtures, "entries/fixture-ok.mdx"), path.join(dir, "entries/fixture-ok.mdx"), { recursive: true });
    const write = run(dir, 60);
    expect(write.out).toContain("1 ran as committed, 0 failed, 1 no-run");
    expect(write.status).toBe(0);
    const outputs = JSON.parse(readFileSync(path.join(dir, "outputs/fixture-ok.json"), "utf8"));
    expect(outputs.torch).toMatch(/^\d+\.\d+/);
    expect(outputs.blocks).toEqual([
      { line: 12, hash: blockHash("import torch\n\ntorch.manual_seed(0)\nprint(torch.nn.Linear(3, 2)(torch.ones(1, 3)).shape)"), stdout: "torch.Size([1, 2])" },
    ]);
    const check = run(dir, 60, "--check");
    expect(check.out).toContain("every block ran and printed its committed output");
    expect(check.status).toBe(0);
  }, 180_000);

  it("fails on a block that raises, prints nothing, differs from its output or hangs, naming file and line", () => {
    // None of these blocks imports torch, so 5 s is ample for all but the one that never ends.
    const r = run(fixtures, 5, "--check", "fixture-broken");
    const file = "tests/fixtures/code-run/entries/fixture-broken.mdx";
    expect(r.status).toBe(1);
    expect(r.out).toContain(`${file}:12: python block raised:`);
    expect(r.out).toContain("ZeroDivisionError: division by zero");
    expect(r.out).toContain(`${file}:16: python block prints nothing`);
    expect(r.out).toContain(`${file}:20: python block printed other output than its committed one (output line 1: committed "the committed output", printed "something else")`);
    expect(r.out).toContain(`${file}:24: python block did not finish within 5 s`);
    expect(r.out).toContain("0 ran as committed, 4 failed, 0 no-run");
  }, 180_000);
});
