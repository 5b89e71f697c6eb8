/**
 * npm run bench:traces — the traced model diagrams ("What the code builds"):
 * - entries with a traced diagram, in content/traces and in the built pages (out/), and the blocks
 *   whose trace failed;
 * - nodes and edges drawn per diagram, and elkjs layout time per diagram and in total (laid out again
 *   here, one after another, in this process: what the build spends on them without its cache);
 * - the HTML a diagram adds to its page (the figure's markup, and its copy in the page's React
 *   payload), raw and gzipped, and the JavaScript: /trace/trace.js on pages with a diagram, and what a
 *   reader's first open or close fetches (redraw.js, elkjs's worker);
 * - pages without a traced diagram that load any of it (should be none);
 * - component entries (categories that describe components) with no figure of any kind.
 * Reads out/ when there is a build; the layout timings need only content/traces.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { getRegistry } from "../lib/content";
import type { TraceModel } from "../lib/content/traces";
import { traceLinkLookup } from "../lib/links/trace-lookup";
import { COMPONENT_CATEGORIES } from "../lib/content/figures";
import { buildView } from "../lib/trace/graph";
import { layoutView } from "../lib/trace/layout-node";

const root = process.cwd();
const out = path.join(root, "out");
const gz = (s: string | Buffer) => gzipSync(s).length;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const registry = getRegistry();
const rows: { slug: string; line: number; nodes: number; edges: number; ms: number; folded?: number }[] = [];
const failed: string[] = [];
let first = true;
let initMs = 0;
for (const e of registry.entries) {
  if (!e.codeTraces) continue;
  const linkOf = traceLinkLookup(registry, e.slug);
  for (const t of e.codeTraces.values()) {
    if (t.error) failed.push(`${e.file}:${t.line}: ${t.error}`);
    for (const m of (t.models ?? []) as TraceModel[]) {
      const view = buildView(m, { linkOf });
      const started = performance.now();
      await layoutView(view);
      const ms = performance.now() - started;
      if (first) {
        initMs = ms;
        first = false;
      }
      rows.push({ slug: e.slug, line: t.line, nodes: view.nodeCount, edges: view.edges.length, ms, folded: view.foldedTo });
    }
  }
}
const traced = new Set(rows.map((r) => r.slug));
const total = rows.reduce((s, r) => s + r.ms, 0);
console.log(`Traced diagrams: ${rows.length} models in ${traced.size} entries (content/traces); ${failed.length} block(s) whose trace failed`);
for (const f of failed) console.log(`  ✗ ${f}`);
const sorted = [...rows].sort((a, b) => b.ms - a.ms);
console.log(`Layout (elkjs layered, in-process): total ${(total / 1000).toFixed(2)} s, mean ${(total / Math.max(1, rows.length)).toFixed(0)} ms, first (with elkjs start-up) ${initMs.toFixed(0)} ms`);
console.log(`  nodes drawn: ${rows.reduce((s, r) => s + r.nodes, 0)}, edges drawn: ${rows.reduce((s, r) => s + r.edges, 0)}; largest diagram ${Math.max(...rows.map((r) => r.nodes))} nodes; folded to fit: ${rows.filter((r) => r.folded !== undefined).length}`);
console.log("  slowest:");
for (const r of sorted.slice(0, 8)) console.log(`    ${r.slug}:${r.line}  ${r.nodes} nodes, ${r.edges} edges  ${r.ms.toFixed(0)} ms${r.folded !== undefined ? `  (folded to depth ${r.folded})` : ""}`);
if (process.argv.includes("--all")) for (const r of rows) console.log(`    ${r.slug}:${r.line}  ${r.nodes} nodes, ${r.edges} edges  ${r.ms.toFixed(0)} ms`);

if (!existsSync(path.join(out, "index.html"))) {
  console.log("\nNo build in out/: run `npm run build` for page weights and coverage of the built pages.");
  process.exit(0);
}
const pageWithFigures: string[] = [];
let figureBytes = 0;
let figureGz = 0;
let payloadBytes = 0;
const leaking: string[] = [];
const withFigure = new Set<string>();
const figureKinds = /class="(trace-figure|diagram-figure[^"]*|plot-explorer[^"]*)"/;
const withoutAnyFigure: string[] = [];
for (const e of registry.entries) {
  const file = path.join(out, "entries", `${e.slug}.html`);
  if (!existsSync(file)) continue;
  const html = readFileSync(file, "utf8");
  const figures = [...html.matchAll(/<figure class="trace-figure"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
  const loadsTrace = /<script[^>]+src="\/trace\/trace\.js"/.test(html) || /href="\/trace\/trace\.css"/.test(html);
  if (figures.length) {
    withFigure.add(e.slug);
    pageWithFigures.push(e.slug);
    for (const f of figures) {
      figureBytes += Buffer.byteLength(f);
      figureGz += gz(f);
    }
    // The same markup inside the page's React payload (a JS string: < written \u003c, quotes escaped).
    payloadBytes += [...html.matchAll(/\\u003cfigure class=\\"trace-figure[\s\S]*?\\u003c\/figure\\u003e/g)].reduce((s, m) => s + Buffer.byteLength(m[0]), 0);
  } else if (loadsTrace) leaking.push(e.slug);
  if (COMPONENT_CATEGORIES.has(e.category) && !figures.length && !figureKinds.test(html)) withoutAnyFigure.push(`${e.slug} (${e.category})`);
}
const js = (f: string) => (existsSync(path.join(out, "trace", f)) ? readFileSync(path.join(out, "trace", f)) : Buffer.alloc(0));
const n = Math.max(1, pageWithFigures.length);
console.log(`\nBuilt pages with a traced diagram: ${withFigure.size} of ${registry.entries.length} entries`);
console.log(`HTML added per page with a diagram: ${kib(figureBytes / n)} of figure markup (${kib(figureGz / n)} gzipped alone) + ${kib(payloadBytes / n)} copied into the React payload, mean`);
console.log(`JS: trace.js ${kib(js("trace.js").length)} (${kib(gz(js("trace.js")))} gz), on pages with a diagram only; on a reader's first open/close: redraw.js ${kib(gz(js("redraw.js")))} gz + elk-worker.js ${kib(gz(js("elk-worker.js")))} gz; stylesheet ${kib(gz(js("trace.css")))} gz`);
console.log(`Pages without a traced diagram that load its script or stylesheet: ${leaking.length ? leaking.join(", ") : "none"}`);
console.log(`Component entries (${[...COMPONENT_CATEGORIES].length} categories) with no figure of any kind: ${withoutAnyFigure.length}`);
for (const s of withoutAnyFigure) console.log(`  - ${s}`);
