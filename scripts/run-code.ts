/**
 * Runs every executable ```python block of the content, each alone in a fresh interpreter, the way a
 * reader pasting it into `python3` would: on Debian trixie's PyTorch 2.6, inside the root that
 * scripts/python/setup-torch.sh makes once (see lib/content/run-block.ts for how a block is launched).
 *
 *   npm run code:run [-- files…]      run and write what each block prints to content/outputs/<slug>.json,
 *                                     then run each block again under scripts/python/trace_block.py and
 *                                     write what the models it builds compute to content/traces/<slug>.json
 *   npm run code:trace [-- files…]    only the traced run (--traces-only)
 *   npm run code:check [-- files…]    run and fail on any block that raises, hangs, prints nothing or
 *                                     prints other output than its committed one (npm test runs this)
 *
 * Outputs never come from the traced run: the tracer's TorchFunctionMode turns off PyTorch's fast paths
 * (nn.MultiheadAttention's and TransformerEncoderLayer's in eval mode), which changes the last digits of
 * some results (chain-of-thought-with-parents-attention prints 0.000 for -0.000 under it).
 * Options: --no-trace (code:run without the traced run), --jobs N (default: one per core), --timeout S
 * (default 30, 60 for the traced run), --python PATH (default $ATLAS_PYTHON: any python3 with torch,
 * run directly; unset, the trixie root at $ATLAS_TORCH_ROOT, default /var/cache/neural-atlas/trixie-torch).
 * Prints blocks run / failed / no-run, total and slowest block times, and the PyTorch version.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, unlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { outputsFile, pythonBlocks, readCodeOutputs, type CodeOutputs, type PythonBlock } from "../lib/content/code-runs";
import { blockCommand, chooseInterpreter, tempParent, type Interpreter } from "../lib/content/run-block";
import { blockTraceRecord, tracesFile, type BlockTrace, type CodeTraces } from "../lib/content/traces";

const root = process.cwd();
const contentDir = path.resolve(root, process.env.ATLAS_CONTENT_DIR ?? "content");
const outputsDir = path.join(contentDir, "outputs");
const tracesDir = path.join(contentDir, "traces");
const tracer = path.resolve(root, "scripts/python/trace_block.py");

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const check = process.argv.includes("--check");
const tracesOnly = process.argv.includes("--traces-only");
/** Whether the blocks also run under the tracer: code:run and code:trace, never code:check. */
const traced = !check && !process.argv.includes("--no-trace");
const jobs = Number(option("--jobs") ?? os.availableParallelism());
const timeoutMs = option("--timeout") === undefined ? undefined : Number(option("--timeout")) * 1000;
const plainLimit = timeoutMs ?? 30_000;
const tracedLimit = timeoutMs ?? 60_000;
const chosen = chooseInterpreter({ python: option("--python"), env: { ATLAS_PYTHON: process.env.ATLAS_PYTHON, ATLAS_TORCH_ROOT: process.env.ATLAS_TORCH_ROOT }, uid: process.getuid?.() ?? 0, exists: existsSync });
const valueOptions = new Set(["--jobs", "--timeout", "--python"]);
const filters = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !valueOptions.has(all[i - 1] ?? ""));

interface Job {
  file: string;
  slug: string;
  block: PythonBlock;
}
interface Result extends Job {
  ok: boolean;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
  /** Under the tracer: the JSON it wrote (undefined when it wrote none). */
  trace?: unknown;
}

/** The interpreter's and PyTorch's versions, recorded with the outputs. */
async function versions(interp: Interpreter): Promise<{ python: string; torch: string }> {
  const r = await spawnBlock(interp, "import sys, torch\nprint(sys.version.split()[0]); print(torch.__version__)", 60_000);
  if (!r.ok) {
    const userns =
      interp.kind === "root" && interp.mapUser && /unshare/.test(r.stderr)
        ? " As a user other than root, blocks run in a user namespace (unshare --map-root-user); this kernel refuses one, so run as root or enable unprivileged user namespaces."
        : "";
    throw new Error(`${describe(interp)} cannot import torch (make the root with \`sudo bash scripts/python/setup-torch.sh\`, or set ATLAS_PYTHON).${userns}\n${r.stderr}`);
  }
  const [py, torch] = r.stdout.trim().split("\n");
  return { python: py!, torch: torch! };
}

function describe(interp: Interpreter): string {
  return interp.kind === "root" ? `the trixie root ${interp.root}` : interp.python;
}

/** Blocks running now, with their temp folders: ended with the run when it is interrupted. */
const running = new Map<ChildProcess, string>();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => {
    for (const [child, dir] of running) {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
    process.exit(130);
  });

/**
 * Runs one block: its source in its own temp folder (inside the root when there is one), a fresh
 * interpreter with a clean environment, killed (with everything it started) after `limit` ms; with
 * `trace`, under scripts/python/trace_block.py, which runs the block as __main__ and writes what its
 * models compute beside it. The one place a block is spawned.
 */
function spawnBlock(interp: Interpreter, source: string, limit: number, trace = false): Promise<Omit<Result, keyof Job>> {
  const dir = mkdtempSync(path.join(tempParent(interp, os.tmpdir()), "atlas-block-"));
  writeFileSync(path.join(dir, "block.py"), source);
  if (trace) copyFileSync(tracer, path.join(dir, "trace_block.py"));
  const cmd = blockCommand(interp, dir, trace ? ["trace_block.py", "block.py", "trace.json"] : ["block.py"]);
  const started = performance.now();
  return new Promise((resolve) => {
    // (The cast: Next's type declarations make NODE_ENV a required key of ProcessEnv.)
    const child = spawn(cmd.command, cmd.args, { cwd: cmd.cwd, env: cmd.env as unknown as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    running.set(child, dir);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // In the root, the block's PID namespace dies with the launcher, and with it all the block
      // started; the pipes are closed here too, so a process that escaped cannot hold the run open.
      child.kill("SIGKILL");
      child.stdout.destroy();
      child.stderr.destroy();
    }, limit);
    const finish = (code: number | null) => {
      clearTimeout(timer);
      running.delete(child);
      let traceJson: unknown;
      if (trace && existsSync(path.join(dir, "trace.json"))) {
        try {
          traceJson = JSON.parse(readFileSync(path.join(dir, "trace.json"), "utf8"));
        } catch (err) {
          traceJson = { error: `the tracer wrote unreadable JSON: ${(err as Error).message}` };
        }
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ ok: code === 0 && !timedOut, stdout: stdout.replace(/\s+$/, ""), stderr, ms: performance.now() - started, timedOut, ...(trace ? { trace: traceJson } : {}) });
    };
    child.on("error", (err) => {
      stderr += `${cmd.command}: ${err.message}`;
      finish(null);
    });
    child.on("close", finish);
  });
}

/** Temp folders that a killed run left in the root's /tmp (older than an hour, so no other run's). */
function removeStaleFolders(interp: Interpreter) {
  if (interp.kind !== "root") return;
  const tmp = tempParent(interp, os.tmpdir());
  for (const name of existsSync(tmp) ? readdirSync(tmp) : []) {
    if (!name.startsWith("atlas-block-")) continue;
    const dir = path.join(tmp, name);
    try {
      if (Date.now() - statSync(dir).mtimeMs > 3_600_000) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run removed it, or it is not ours to remove: either way not this run's concern.
    }
  }
}

async function pool<T, R>(items: T[], n: number, work: (item: T) => Promise<R>, onDone: (r: R) => void): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(n, items.length)) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!);
        onDone(results[i]!);
      }
    }),
  );
  return results;
}

function selected(file: string, slug: string): boolean {
  if (filters.length === 0) return true;
  return filters.some((f) => path.resolve(root, f) === path.resolve(root, file) || f === slug);
}

function lastLines(text: string, n: number): string {
  return text.trim().split("\n").slice(-n).map((l) => `      ${l}`).join("\n");
}

/** CPU seconds (user + system) of this process's finished children, from /proc (Linux); undefined elsewhere. */
function childCpuSeconds(): number | undefined {
  try {
    // Fields after the command name: state is field 3, cutime and cstime are fields 16 and 17.
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** The line of a stderr text that says what the warning is (Python's warnings put it first, with the source file). */
function firstWarning(stderr: string): string {
  const lines = stderr.trim().split("\n");
  return (lines.find((l) => /Warning|Error|deprecated/i.test(l)) ?? lines[0]!).trim().slice(0, 300);
}

function firstDifference(expected: string, actual: string): string {
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `output line ${i + 1}: committed ${JSON.stringify(e[i] ?? "(nothing)")}, printed ${JSON.stringify(a[i] ?? "(nothing)")}`;
  }
  return "outputs differ";
}

async function main() {
  const { entries } = loadContent(root, undefined, { traces: false });
  const jobsToRun: Job[] = [];
  const perFile = new Map<string, { slug: string; blocks: PythonBlock[] }>();
  let noRun = 0;
  for (const e of entries) {
    if (!selected(e.file, e.slug)) continue;
    const blocks = pythonBlocks(e.file, e.body, e.bodyLine);
    perFile.set(e.file, { slug: e.slug, blocks });
    for (const block of blocks) {
      if (block.mode.run) jobsToRun.push({ file: e.file, slug: e.slug, block });
      else noRun++;
    }
  }
  if (filters.length && perFile.size === 0) throw new Error(`no entry matches ${filters.join(", ")}`);

  if ("error" in chosen) throw new Error(chosen.error);
  const interp = chosen;
  removeStaleFolders(interp);
  const v = await versions(interp);
  const failures: string[] = [];
  if (!tracesOnly) {
    console.log(`Running ${jobsToRun.length} python blocks of ${perFile.size} entries on ${describe(interp)} (Python ${v.python}, PyTorch ${v.torch}), ${jobs} at a time, ${plainLimit / 1000} s limit each…`);
    const { results, wall, blockCpu } = await runAll(interp, jobsToRun, plainLimit, false);
    failures.push(...plainRun(perFile, results, v, plainLimit));
    report(results, jobsToRun.length + noRun, failures, wall, blockCpu, v, interp);
  }
  if (traced) {
    console.log(`\nTracing ${jobsToRun.length} python blocks (each runs again, under scripts/python/trace_block.py), ${jobs} at a time, ${tracedLimit / 1000} s limit each…`);
    const { results, wall } = await runAll(interp, jobsToRun, tracedLimit, true);
    failures.push(...writeTraces(perFile, results, v));
    console.log(`traced in ${(wall / 1000).toFixed(1)} s`);
  }
  if (failures.length) {
    console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join("\n")}`);
    process.exitCode = 1;
  } else if (check) console.log("every block ran and printed its committed output");
}

/** Runs the blocks in a pool, printing progress; with `trace`, under the tracer. */
async function runAll(interp: Interpreter, jobsToRun: Job[], limit: number, trace: boolean): Promise<{ results: Result[]; wall: number; blockCpu?: number }> {
  const started = performance.now();
  const cpuBefore = childCpuSeconds();
  let done = 0;
  const results = await pool(
    jobsToRun,
    jobs,
    async (job): Promise<Result> => ({ ...job, ...(await spawnBlock(interp, job.block.body, limit, trace)) }),
    () => {
      done++;
      if (process.stdout.isTTY) process.stdout.write(`\r  ${done}/${jobsToRun.length}`);
      else if (done % 50 === 0) console.log(`  ${done}/${jobsToRun.length} after ${((performance.now() - started) / 1000).toFixed(0)} s`);
    },
  );
  if (process.stdout.isTTY) process.stdout.write("\n");
  const cpuAfter = childCpuSeconds();
  return { results, wall: performance.now() - started, blockCpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

/** The plain run's failures; with --check, its outputs compared with the committed ones, else written. */
function plainRun(perFile: Map<string, { slug: string; blocks: PythonBlock[] }>, results: Result[], v: { python: string; torch: string }, limit: number): string[] {
  const failures: string[] = [];
  for (const r of results) {
    const at = `${r.file}:${r.block.line}`;
    if (r.timedOut) failures.push(`${at}: python block did not finish within ${limit / 1000} s`);
    else if (!r.ok) failures.push(`${at}: python block raised:\n${lastLines(r.stderr, 6)}`);
    else if (r.stdout === "") failures.push(`${at}: python block prints nothing: end it with a short use that prints what it computes`);
  }

  if (check) {
    for (const [file, { slug, blocks }] of perFile) {
      const committed = readCodeOutputs(outputsFile(outputsDir, slug));
      const byHash = new Map((committed?.blocks ?? []).map((b) => [b.hash, b]));
      for (const r of results.filter((x) => x.file === file && x.ok && x.stdout !== "")) {
        const c = byHash.get(r.block.hash);
        if (!c) failures.push(`${file}:${r.block.line}: python block has no committed output for its current text: run \`npm run code:run -- ${file}\``);
        else if (c.stdout !== r.stdout) failures.push(`${file}:${r.block.line}: python block printed other output than its committed one (${firstDifference(c.stdout, r.stdout)})`);
      }
      if (committed && !blocks.some((b) => b.mode.run)) failures.push(`${path.relative(root, outputsFile(outputsDir, slug))}: outputs for an entry with no runnable python block`);
    }
  } else {
    for (const [file, { slug, blocks }] of perFile) {
      const target = outputsFile(outputsDir, slug);
      const ran = results.filter((r) => r.file === file);
      if (!blocks.some((b) => b.mode.run)) {
        if (existsSync(target)) unlinkSync(target);
        continue;
      }
      // A file whose blocks all ran cleanly is rewritten whole; otherwise its old outputs stay for the blocks that failed.
      const old = new Map((readCodeOutputs(target)?.blocks ?? []).map((b) => [b.hash, b]));
      const out: CodeOutputs = { python: v.python, torch: v.torch, blocks: [] };
      for (const r of ran) {
        if (r.ok && r.stdout !== "") out.blocks.push({ line: r.block.line, hash: r.block.hash, stdout: r.stdout });
        else if (old.has(r.block.hash)) out.blocks.push({ ...old.get(r.block.hash)!, line: r.block.line });
      }
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, JSON.stringify(out, null, 2) + "\n");
    }
    // Outputs of entries that no longer exist.
    if (filters.length === 0 && existsSync(outputsDir)) {
      const slugs = new Set([...perFile.values()].map((f) => f.slug));
      for (const f of readdirSync(outputsDir)) if (!slugs.has(path.basename(f, ".json"))) unlinkSync(path.join(outputsDir, f));
    }
  }

  return failures;
}

/** What the plain run prints about itself: counts, times, the slowest blocks and the warnings a reader would see. */
function report(results: Result[], total: number, failures: string[], wall: number, blockCpu: number | undefined, v: { python: string; torch: string }, interp: Interpreter) {
  const ran = results.length;
  const noRun = total - ran;
  const failedBlocks = new Set(failures.map((f) => f.split(": ")[0]));
  const cpu = results.reduce((s, r) => s + r.ms, 0);
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`\npython blocks: ${total} in all; ${ran - failedBlocks.size} ran as committed, ${failedBlocks.size} failed, ${noRun} no-run (${((100 * (ran - failedBlocks.size)) / Math.max(1, total)).toFixed(1)}% run)`);
  console.log(`time: ${(wall / 1000).toFixed(1)} s wall, ${(cpu / 1000).toFixed(1)} s summed over blocks, mean ${(cpu / Math.max(1, results.length) / 1000).toFixed(2)} s`);
  // CPU time does not grow when other work shares the machine, so it says what the run needs on idle cores.
  if (blockCpu !== undefined) console.log(`cpu: ${blockCpu.toFixed(1)} s used by the blocks (user + system), ${(blockCpu / jobs).toFixed(1)} s over ${jobs} idle cores`);
  console.log(`on: Python ${v.python}, PyTorch ${v.torch} (${describe(interp)})`);
  console.log(`slowest: ${slowest.map((r) => `${r.file}:${r.block.line} ${(r.ms / 1000).toFixed(1)} s`).join(", ")}`);
  // Warnings a reader would see in their terminal (deprecations, changed defaults): not an error, but listed.
  const warned = results.filter((r) => r.ok && r.stderr.trim() !== "");
  if (warned.length)
    console.log(`\n${warned.length} block(s) ran but wrote to stderr (a reader sees this too):\n${warned.map((r) => `  - ${r.file}:${r.block.line}: ${firstWarning(r.stderr)}`).join("\n")}`);
}

/**
 * Writes content/traces/<slug>.json for each selected entry with runnable blocks (in block order; a
 * block that could not be traced keeps its reason, and its page shows the code without a diagram),
 * removes the traces of entries that have none, and returns the problems, each naming file and line.
 */
function writeTraces(perFile: Map<string, { slug: string; blocks: PythonBlock[] }>, results: Result[], v: { python: string; torch: string }): string[] {
  const problems: string[] = [];
  mkdirSync(tracesDir, { recursive: true });
  let models = 0;
  for (const [file, { slug, blocks }] of perFile) {
    const target = tracesFile(tracesDir, slug);
    if (!blocks.some((b) => b.mode.run)) {
      if (existsSync(target)) unlinkSync(target);
      continue;
    }
    const records: BlockTrace[] = [];
    for (const r of results.filter((x) => x.file === file)) {
      const { record, problems: p } = blockTraceRecord(r.block, { ok: r.ok, stderr: r.stderr, trace: r.trace });
      problems.push(...p.map((m) => `${file}:${r.block.line}: ${m}`));
      if (record.models?.length) models++;
      records.push(record);
    }
    const out: CodeTraces = { python: v.python, torch: v.torch, blocks: records };
    writeFileSync(target, JSON.stringify(out) + "\n");
  }
  if (filters.length === 0 && existsSync(tracesDir))
    for (const f of readdirSync(tracesDir)) if (![...perFile.values()].some((p) => `${p.slug}.json` === f)) unlinkSync(path.join(tracesDir, f));
  console.log(`traces: ${models} block(s) build a model; wrote content/traces for ${[...perFile.values()].filter((p) => p.blocks.some((b) => b.mode.run)).length} entries`);
  return problems;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
