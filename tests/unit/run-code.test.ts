/**
 * scripts/run-code.ts on fixture content, with real Python and PyTorch (npm test makes the trixie root
 * with scripts/python/setup-torch.sh): a block that raises, prints nothing, prints other output than
 * committed, or hangs fails the run naming its file and line; a good block's output is written and then
 * checks clean; each block runs inside the root, alone in its own namespaces, and leaves nothing behind.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockHash } from "@/lib/content/code-runs";
import { DEFAULT_TORCH_ROOT } from "@/lib/content/run-block";

const fixtures = path.resolve("tests/fixtures/code-run");
const torchRoot = path.resolve(process.env.ATLAS_TORCH_ROOT || DEFAULT_TORCH_ROOT);
const inRoot = !process.env.ATLAS_PYTHON;

function run(contentDir: string, timeout: number, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync("npx", ["tsx", "scripts/run-code.ts", "--timeout", String(timeout), ...args], {
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir, ...env },
    encoding: "utf8",
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** Mounts of this machine (outside any block's namespace) under the PyTorch root. */
function mountsUnderRoot(): string[] {
  return readFileSync("/proc/self/mountinfo", "utf8")
    .split("\n")
    .filter((l) => l.split(" ")[4]?.startsWith(torchRoot));
}

describe("run-code", () => {
  it("writes what a block prints and, from a second run under the tracer, what its model computed; then checks it clean; no-run blocks are counted, not run", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "code-run-"));
    cpSync(path.join(fixtures, "entries/fixture-ok.mdx"), path.join(dir, "entries/fixture-ok.mdx"), { recursive: true });
    const write = run(dir, 120, []);
    expect(write.out).toContain("1 ran as committed, 0 failed, 1 no-run");
    expect(write.status).toBe(0);
    const outputs = JSON.parse(readFileSync(path.join(dir, "outputs/fixture-ok.json"), "utf8"));
    expect(outputs.torch).toMatch(/^2\.\d+/);
    expect(write.out).toContain(`PyTorch ${outputs.torch}`);
    expect(outputs.blocks).toEqual([
      { line: 12, hash: blockHash("import torch\n\ntorch.manual_seed(0)\nprint(torch.nn.Linear(3, 2)(torch.ones(1, 3)).shape)"), stdout: "torch.Size([1, 2])" },
    ]);
    expect(write.out).toContain("Tracing 1 python blocks");
    const traces = JSON.parse(readFileSync(path.join(dir, "traces/fixture-ok.json"), "utf8"));
    expect(traces.blocks).toHaveLength(1);
    expect(traces.blocks[0]).toMatchObject({ line: 12, hash: outputs.blocks[0].hash });
    const nodes: { kind: string; name: string; line?: number }[] = traces.blocks[0].models[0].nodes;
    // The module the block called, and the block line the call came from.
    expect(nodes.find((n) => n.kind === "module")).toMatchObject({ name: "Linear" });
    expect(nodes.find((n) => n.kind === "input")?.line).toBe(4);
    const check = run(dir, 120, ["--check"]);
    expect(check.out).not.toContain("Tracing");
    expect(check.out).toContain("every block ran and printed its committed output");
    expect(check.status).toBe(0);
  }, 600_000);

  it("fails on a block that raises, prints nothing, differs from its output or hangs, naming file and line", () => {
    // None of these blocks imports torch, so 5 s is ample for all but the one that never ends.
    const r = run(fixtures, 5, ["--check", "fixture-broken"]);
    const file = "tests/fixtures/code-run/entries/fixture-broken.mdx";
    expect(r.status).toBe(1);
    expect(r.out).toContain(`${file}:12: python block raised:`);
    expect(r.out).toContain("ZeroDivisionError: division by zero");
    expect(r.out).toContain(`${file}:16: python block prints nothing`);
    expect(r.out).toContain(`${file}:20: python block printed other output than its committed one (output line 1: committed "the committed output", printed "something else")`);
    expect(r.out).toContain(`${file}:24: python block did not finish within 5 s`);
    expect(r.out).toContain("0 ran as committed, 4 failed, 0 no-run");
    if (inRoot) {
      // The hanging block's child process ended with it (its PID namespace died with the block).
      expect(spawnSync("ps", ["-eo", "args"], { encoding: "utf8" }).stdout).not.toContain("sleep 987.654");
    }
  }, 180_000);

  it.runIf(inRoot)("runs each block inside the PyTorch root, with its own /proc and PID namespace, and leaves no mount behind", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "code-run-"));
    mkdirSync(path.join(dir, "entries"));
    const block = [
      "import os, sys",
      "print(os.getpid(), os.path.exists('/proc/cpuinfo'), os.getcwd() == os.environ['HOME'])",
      `print(os.path.exists(${JSON.stringify(path.resolve("package.json"))}), sys.version_info >= (3, 13))`,
    ].join("\n");
    const head = readFileSync(path.join(fixtures, "entries/fixture-ok.mdx"), "utf8").split("## Code")[0]!.replace("fixture-ok", "fixture-root");
    writeFileSync(path.join(dir, "entries/fixture-root.mdx"), `${head}## Code\n\n\`\`\`python\n${block}\n\`\`\`\n`);
    const r = run(dir, 60, []);
    expect(r.status, r.out).toBe(0);
    // PID 1 of its own namespace, /proc mounted, in its own folder; the clone (outside the root) is not visible.
    expect(JSON.parse(readFileSync(path.join(dir, "outputs/fixture-root.json"), "utf8")).blocks[0].stdout).toBe("1 True True\nFalse True");
    expect(mountsUnderRoot()).toEqual([]);
  }, 600_000);

  it("without a root, stops before running anything and says how to make one", () => {
    const r = run(fixtures, 5, ["--check", "fixture-ok"], { ATLAS_PYTHON: "", ATLAS_TORCH_ROOT: "/nonexistent/torch-root" });
    expect(r.status).toBe(1);
    expect(r.out).toContain("no PyTorch root at /nonexistent/torch-root");
    expect(r.out).toContain("sudo bash scripts/python/setup-torch.sh");
  }, 60_000);
});
