/**
 * Runs every executable ```python block under scripts/python/trace_block.py, which records what the
 * models it builds compute, and writes the traces to content/traces/<slug>.json (keyed by block hash,
 * validated by lib/content/traces.ts; the site build draws them).
 *
 *   npm run code:trace [-- files or slugs…]
 *
 * Options: --jobs N (default: one per core), --timeout S (default 60), --python PATH (any python3
 * with torch 2.x, run directly; default: the trixie root at $ATLAS_TORCH_ROOT, default
 * /var/cache/neural-atlas/trixie-torch, entered with chroot as root).
 * A block whose trace fails is reported naming its file and line; its page shows the code without a diagram.
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadContent } from "../lib/content/load";
import { pythonBlocks, type PythonBlock } from "../lib/content/code-runs";
import { codeTracesSchema, tracesFile, type BlockTrace, type CodeTraces } from "../lib/content/traces";

const root = process.cwd();
const contentDir = path.resolve(root, process.env.ATLAS_CONTENT_DIR ?? "content");
const tracesDir = path.join(contentDir, "traces");
const tracer = path.resolve(root, "scripts/python/trace_block.py");

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const jobs = Number(option("--jobs") ?? os.availableParallelism());
const timeoutMs = Number(option("--timeout") ?? 60) * 1000;
const python = option("--python") ?? process.env.ATLAS_PYTHON;
const torchRoot = process.env.ATLAS_TORCH_ROOT ?? "/var/cache/neural-atlas/trixie-torch";
const valueOptions = new Set(["--jobs", "--timeout", "--python"]);
const filters = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !valueOptions.has(all[i - 1] ?? ""));


/** Runs a script with the tracer in a fresh temp folder (inside the root when chrooting); returns its trace JSON. */
function runTraced(source: string): Promise<{ ok: boolean; trace?: unknown; stderr: string; ms: number }> {
  const tmpParent = python ? os.tmpdir() : path.join(torchRoot, "tmp");
  const dir = mkdtempSync(path.join(tmpParent, "atlas-trace-"));
  writeFileSync(path.join(dir, "block.py"), source);
  copyFileSync(tracer, path.join(dir, "trace_block.py"));
  const inner = python ? dir : "/" + path.relative(torchRoot, dir);
  const env = { PATH: "/usr/bin:/bin", HOME: inner, LANG: "C.UTF-8", PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };
  const args = [`${inner}/trace_block.py`, `${inner}/block.py`, `${inner}/trace.json`];
  const [command, argv] = python
    ? [python, args]
    : ["/usr/sbin/chroot", [torchRoot, "/usr/bin/env", "-i", ...Object.entries(env).map(([k, v]) => `${k}=${v}`), "sh", "-c", `cd ${inner} && exec python3 "$@"`, "sh", ...args]];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, argv as string[], { cwd: dir, env: env as unknown as NodeJS.ProcessEnv, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      let trace: unknown;
      try {
        trace = JSON.parse(readFileSync(path.join(dir, "trace.json"), "utf8"));
      } catch {
        trace = undefined;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ ok: code === 0, trace, stderr, ms: performance.now() - started });
    });
  });
}

async function versions(): Promise<{ python: string; torch: string }> {
  const dir = python ? os.tmpdir() : path.join(torchRoot, "tmp");
  const file = path.join(dir, `atlas-versions-${process.pid}.py`);
  writeFileSync(file, "import sys, torch\nprint(sys.version.split()[0]); print(torch.__version__)\n");
  const inner = python ? file : "/" + path.relative(torchRoot, file);
  const [command, argv] = python ? [python, [inner]] : ["/usr/sbin/chroot", [torchRoot, "/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=/tmp", "python3", inner]];
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(command, argv as string[], { stdio: ["ignore", "pipe", "ignore"] });
    let s = "";
    child.stdout.on("data", (d) => (s += d));
    child.on("close", (code) => (code === 0 ? resolve(s) : reject(new Error(`${command} cannot import torch`))));
  });
  unlinkSync(file);
  const [py, torch] = out.trim().split("\n").slice(-2);
  return { python: py!, torch: torch! };
}

async function pool<T, R>(items: T[], n: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(n, items.length)) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!);
      }
    }),
  );
  return results;
}

function selected(file: string, slug: string): boolean {
  if (filters.length === 0) return true;
  return filters.some((f) => path.resolve(root, f) === path.resolve(root, file) || f === slug);
}

const blockRecord = codeTracesSchema.shape.blocks.element;

/** Traces the selected blocks and writes their traces (also run by `npm run code:run` after the outputs). */
export async function main() {
  if (!python && !existsSync(path.join(torchRoot, "usr/bin/python3")))
    throw new Error(`no PyTorch 2.x to trace with: make the root with \`sudo bash scripts/python/setup-torch.sh\`, or pass --python`);
  const { entries } = loadContent(root, undefined, { traces: false });
  const work: { file: string; slug: string; block: PythonBlock }[] = [];
  const perFile = new Map<string, { slug: string; blocks: PythonBlock[] }>();
  for (const e of entries) {
    if (!selected(e.file, e.slug)) continue;
    const blocks = pythonBlocks(e.file, e.body, e.bodyLine);
    perFile.set(e.file, { slug: e.slug, blocks });
    for (const block of blocks) if (block.mode.run) work.push({ file: e.file, slug: e.slug, block });
  }
  if (filters.length && perFile.size === 0) throw new Error(`no entry matches ${filters.join(", ")}`);
  const v = await versions();
  console.log(`Tracing ${work.length} python blocks of ${perFile.size} entries (Python ${v.python}, PyTorch ${v.torch}), ${jobs} at a time…`);
  const started = performance.now();
  let done = 0;
  const problems: string[] = [];
  const results = await pool(work, jobs, async (job) => {
    const r = await runTraced(job.block.body);
    done++;
    if (process.stdout.isTTY) process.stdout.write(`\r  ${done}/${work.length}`);
    else if (done % 25 === 0) console.log(`  ${done}/${work.length}`);
    const at = `${job.file}:${job.block.line}`;
    let record: BlockTrace;
    const raw = r.trace as { models?: unknown; error?: string } | undefined;
    if (!raw) record = { line: job.block.line, hash: job.block.hash, error: r.ok ? "the tracer wrote nothing" : `the block raised: ${r.stderr.trim().split("\n").slice(-1)[0] ?? ""}` };
    else if (raw.error) record = { line: job.block.line, hash: job.block.hash, error: raw.error };
    else {
      const parsed = blockRecord.safeParse({ line: job.block.line, hash: job.block.hash, models: raw.models });
      record = parsed.success ? parsed.data : { line: job.block.line, hash: job.block.hash, error: `trace does not fit the schema: ${parsed.error.issues[0]!.path.join(".")}: ${parsed.error.issues[0]!.message}` };
    }
    if (record.error) problems.push(`${at}: could not trace: ${record.error}`);
    else if (!r.ok) problems.push(`${at}: python block raised while traced:\n      ${r.stderr.trim().split("\n").slice(-3).join("\n      ")}`);
    for (const m of record.models ?? []) if (m.error) problems.push(`${at}: part of the trace failed: ${m.error}`);
    return { ...job, record, ms: r.ms };
  });
  if (process.stdout.isTTY) process.stdout.write("\n");

  mkdirSync(tracesDir, { recursive: true });
  for (const [file, { slug, blocks }] of perFile) {
    const target = tracesFile(tracesDir, slug);
    if (!blocks.some((b) => b.mode.run)) {
      if (existsSync(target)) unlinkSync(target);
      continue;
    }
    const out: CodeTraces = { python: v.python, torch: v.torch, blocks: results.filter((r) => r.file === file).map((r) => r.record) };
    writeFileSync(target, JSON.stringify(out) + "\n");
  }
  if (filters.length === 0)
    for (const f of readdirSync(tracesDir)) if (![...perFile.values()].some((p) => `${p.slug}.json` === f)) unlinkSync(path.join(tracesDir, f));

  const traced = results.filter((r) => r.record.models?.length);
  const wall = performance.now() - started;
  console.log(`traced ${work.length} blocks in ${(wall / 1000).toFixed(1)} s: ${traced.length} build a model, ${new Set(traced.map((r) => r.slug)).size} entries; ${problems.length} problem(s)`);
  if (problems.length) {
    console.error(problems.map((p) => `  - ${p}`).join("\n"));
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
