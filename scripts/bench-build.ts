/**
 * npm run bench:build — times the production build of every page, phase by phase, and prints it.
 * By default from cold (the MDX compile cache, share-image cache, .next and out/ removed first), as on
 * a fresh clone in CI; with --warm the caches are kept. The phases are the commands of `npm run build`,
 * read from package.json so the bench times exactly what the build runs. Goal: ≤ 120 s on 2 cores.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const warm = process.argv.includes("--warm");
const GOAL_S = 120;
const script = JSON.parse(readFileSync("package.json", "utf8")).scripts.build;
const phases = (script as string).split("&&").map((s) => s.trim());

if (!warm) for (const dir of [".cache", ".next", "out", "public/previews", "public/og", "public/search", "public/katex"]) rmSync(dir, { recursive: true, force: true });

console.log(`Build of all pages, ${warm ? "warm caches" : "from cold"}, ${os.cpus().length} CPU(s)\n`);
const rows: [cmd: string, seconds: number, steps: string[]][] = [];
const started = performance.now();
for (const cmd of phases) {
  const t = performance.now();
  // As npm would run it: with node_modules/.bin on the PATH.
  const r = spawnSync(cmd, { shell: true, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH}`, NEXT_TELEMETRY_DISABLED: "1" } });
  const s = (performance.now() - t) / 1000;
  if (r.status !== 0) {
    process.stdout.write(r.stdout);
    console.error(`\n✗ ${cmd} failed after ${s.toFixed(1)} s`);
    process.exit(1);
  }
  // The content build prints its own steps with cumulative times.
  const steps = String(r.stdout).split("\n").filter((l) => /^(content|previews|share images|katex|search):/.test(l));
  rows.push([cmd, s, steps]);
}
const total = (performance.now() - started) / 1000;
for (const [cmd, s, steps] of rows) {
  console.log(`${s.toFixed(1).padStart(6)} s  ${cmd}`);
  for (const l of steps) console.log(`           ${l}`);
}
console.log(`${total.toFixed(1).padStart(6)} s  total (goal ≤ ${GOAL_S} s: ${total <= GOAL_S ? "met" : "not met"})`);
