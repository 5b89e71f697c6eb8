/**
 * Runs every executable ```python block of the content, each alone in a fresh interpreter, the way a
 * reader pasting it into `python3` would (with scripts/python/compat on PYTHONPATH for PyTorch 1.13).
 *
 *   npm run code:run [-- files…]      run and write what each block prints to content/outputs/<slug>.json
 *   npm run code:check [-- files…]    run and fail on any block that raises, hangs, prints nothing or
 *                                     prints other output than its committed one (npm test runs this)
 *
 * code:run then traces the same blocks (scripts/trace-code.ts: what the models they build compute, into
 * content/traces/<slug>.json); --no-trace skips that.
 * Options: --jobs N (default: one per core), --timeout S (default 30), --python PATH (default
 * $ATLAS_PYTHON, else Debian's /usr/bin/python3, which is where python3-torch installs).
 * Prints blocks run / failed / no-run, total and slowest block times.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, unlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { outputsFile, pythonBlocks, readCodeOutputs, type CodeOutputs, type PythonBlock } from "../lib/content/code-runs";

const root = process.cwd();
const contentDir = path.resolve(root, process.env.ATLAS_CONTENT_DIR ?? "content");
const outputsDir = path.join(contentDir, "outputs");
const compatDir = path.resolve(root, "scripts/python/compat");

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const check = process.argv.includes("--check");
const jobs = Number(option("--jobs") ?? os.availableParallelism());
const timeoutMs = Number(option("--timeout") ?? 30) * 1000;
const python = option("--python") ?? process.env.ATLAS_PYTHON ?? (existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
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
  compat: string[];
}

/** The interpreter's and PyTorch's versions, recorded with the outputs. */
async function versions(): Promise<{ python: string; torch: string }> {
  const r = await runPython("import sys, torch\nprint(sys.version.split()[0]); print(torch.__version__)", 60_000);
  if (!r.ok) throw new Error(`${python} cannot import torch (install Debian's python3-torch, or set ATLAS_PYTHON):\n${r.stderr}`);
  const [py, torch] = r.stdout.trim().split("\n");
  return { python: py!, torch: torch! };
}

function runPython(source: string, limit: number): Promise<Omit<Result, keyof Job>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-block-"));
  writeFileSync(path.join(dir, "block.py"), source);
  const compatLog = path.join(dir, "compat.log");
  // A clean environment: only what a reader's shell would have, plus the compat path and fixed seeds.
  // (The cast: Next's type declarations make NODE_ENV a required key of ProcessEnv.)
  const env = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: dir,
    LANG: "C.UTF-8",
    PYTHONPATH: compatDir,
    PYTHONHASHSEED: "0",
    PYTHONDONTWRITEBYTECODE: "1",
    PYTHONIOENCODING: "utf-8",
    // One thread per block: the pool already uses every core, and reductions stay in one order.
    OMP_NUM_THREADS: "1",
    MKL_NUM_THREADS: "1",
    ATLAS_COMPAT_LOG: compatLog,
  } satisfies Record<string, string> as unknown as NodeJS.ProcessEnv;
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(python, ["block.py"], {
      cwd: dir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, limit);
    child.on("close", (code) => {
      clearTimeout(timer);
      const compat = existsSync(compatLog) ? [...new Set(readFileSync(compatLog, "utf8").split("\n").filter(Boolean))].sort() : [];
      rmSync(dir, { recursive: true, force: true });
      resolve({ ok: code === 0 && !timedOut, stdout: stdout.replace(/\s+$/, ""), stderr, ms: performance.now() - started, timedOut, compat });
    });
  });
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

function firstDifference(expected: string, actual: string): string {
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `output line ${i + 1}: committed ${JSON.stringify(e[i] ?? "(nothing)")}, printed ${JSON.stringify(a[i] ?? "(nothing)")}`;
  }
  return "outputs differ";
}

async function main() {
  const { entries } = loadContent(root);
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

  const v = await versions();
  console.log(`Running ${jobsToRun.length} python blocks of ${perFile.size} entries on ${python} (Python ${v.python}, PyTorch ${v.torch}), ${jobs} at a time, ${timeoutMs / 1000} s limit each…`);
  const started = performance.now();
  let done = 0;
  const results = await pool(
    jobsToRun,
    jobs,
    async (job): Promise<Result> => ({ ...job, ...(await runPython(job.block.body, timeoutMs)) }),
    () => {
      done++;
      if (process.stdout.isTTY) process.stdout.write(`\r  ${done}/${jobsToRun.length}`);
    },
  );
  if (process.stdout.isTTY) process.stdout.write("\n");
  const wall = performance.now() - started;

  const failures: string[] = [];
  for (const r of results) {
    const at = `${r.file}:${r.block.line}`;
    if (r.timedOut) failures.push(`${at}: python block did not finish within ${timeoutMs / 1000} s`);
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
        if (r.ok && r.stdout !== "") out.blocks.push({ line: r.block.line, hash: r.block.hash, stdout: r.stdout, ...(r.compat.length ? { compat: r.compat } : {}) });
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

  const total = jobsToRun.length + noRun;
  const failedBlocks = new Set(failures.map((f) => f.split(": ")[0]));
  const cpu = results.reduce((s, r) => s + r.ms, 0);
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`\npython blocks: ${total} in all; ${jobsToRun.length - failedBlocks.size} ran as committed, ${failedBlocks.size} failed, ${noRun} no-run (${((100 * (jobsToRun.length - failedBlocks.size)) / Math.max(1, total)).toFixed(1)}% run)`);
  console.log(`time: ${(wall / 1000).toFixed(1)} s wall, ${(cpu / 1000).toFixed(1)} s summed over blocks, mean ${(cpu / Math.max(1, results.length) / 1000).toFixed(2)} s`);
  console.log(`slowest: ${slowest.map((r) => `${r.file}:${r.block.line} ${(r.ms / 1000).toFixed(1)} s`).join(", ")}`);
  if (failures.length) {
    console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join("\n")}`);
    process.exitCode = 1;
  } else if (check) console.log("every block ran and printed its committed output");
  // What the blocks' models compute (content/traces/<slug>.json): each block runs once more, under the
  // tracer (scripts/trace-code.ts, same selection and options); --no-trace skips it.
  if (!check && !process.argv.includes("--no-trace")) await (await import("./trace-code")).main();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
