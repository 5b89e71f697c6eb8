/**
 * Draws every ```mermaid flowchart of the content to SVG in Chromium and commits it:
 *
 *   npm run flowcharts            draw the flowcharts that have no drawing yet, remove drawings no block has
 *   npm run flowcharts -- --all   draw every flowchart again (after a change of mermaid or of the theme)
 *
 * Drawings go to content/flowcharts/<hash>.svg, keyed by a hash of the block's text
 * (lib/content/flowcharts.ts); the site build only reads them and fails naming the line of a block
 * that has none. Chromium is Debian's /usr/bin/chromium (CHROMIUM_PATH to change), as for the tests.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent } from "../lib/content/load";
import { flowchartBlocks, flowchartFile, orphanFlowcharts, type FlowchartBlock } from "../lib/content/flowcharts";
import { openFlowchartRenderer } from "./flowchart-svg";

const root = process.cwd();
const contentDir = path.resolve(root, process.env.ATLAS_CONTENT_DIR ?? "content");
const flowchartsDir = path.join(contentDir, "flowcharts");
const all = process.argv.includes("--all");
const started = performance.now();

const content = loadContent(root, path.relative(root, contentDir));
const blocks = new Map<string, FlowchartBlock & { file: string }>();
for (const s of [...content.categories, ...content.entries]) for (const b of flowchartBlocks(s.body, s.bodyLine, s.file)) if (!blocks.has(b.hash)) blocks.set(b.hash, { ...b, file: s.file });

const removed = orphanFlowcharts(flowchartsDir, new Set(blocks.keys()));
for (const f of removed) rmSync(f);

const todo = [...blocks.values()].filter((b) => all || !existsSync(flowchartFile(flowchartsDir, b.hash)));
let drawn = 0;
const failures: string[] = [];
if (todo.length) {
  mkdirSync(flowchartsDir, { recursive: true });
  const renderer = await openFlowchartRenderer();
  try {
    for (const b of todo) {
      try {
        const { svg, width, height } = await renderer.draw(`flowchart-${b.hash}`, b.source);
        writeFileSync(flowchartFile(flowchartsDir, b.hash), `${svg}\n`);
        console.log(`  ✓ ${b.file}:${b.line}  ${width}×${height} px`);
        drawn++;
      } catch (err) {
        failures.push(`${b.file}:${b.line}: mermaid cannot draw this flowchart: ${(err as Error).message.split("\n")[0]}`);
      }
    }
  } finally {
    await renderer.close();
  }
  console.log(`mermaid ${renderer.version}`);
}
for (const f of failures) console.error(`  ✗ ${f}`);
console.log(
  `flowcharts: ${blocks.size} in the content, ${drawn} drawn, ${blocks.size - todo.length} already drawn, ${removed.length} stale drawing(s) removed, ${failures.length} failed (${((performance.now() - started) / 1000).toFixed(1)}s)`,
);
if (failures.length) process.exit(1);
