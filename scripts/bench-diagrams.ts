/**
 * Times the diagram engine on every fixture in tests/fixtures/diagrams (the seed's diagrams): parse
 * (grid, boxes, edges, text) and layout (geometry, links, SVG string), after a warm-up. Prints the median
 * and the fastest of many runs (on a busy machine the fastest is the closer to the engine's own cost).
 * The goal is ≤ 5 ms for the largest diagram; it is printed, not asserted.
 *
 *   npm run bench:diagrams
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { layoutDiagram, parseDiagram, toSvg } from "../lib/diagram";

const dir = path.join(import.meta.dirname, "..", "tests", "fixtures", "diagrams");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const RUNS = 300;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const lookup = (label: string) => (label.startsWith("Multi") ? { slug: "multi-head-attention", title: "Multi-Head Attention" } : undefined);

interface Row {
  name: string;
  size: string;
  cells: number;
  boxes: number;
  edges: number;
  parse: number;
  layout: number;
  total: number;
  best: number;
}
const rows: Row[] = [];
for (const f of files) {
  const source = fs.readFileSync(path.join(dir, f), "utf8").replace(/\n$/, "");
  const parseTimes: number[] = [];
  const layoutTimes: number[] = [];
  const totals: number[] = [];
  let model = parseDiagram(source);
  for (let i = 0; i < 30; i++) if ((model = parseDiagram(source)).mode === "diagram") toSvg(layoutDiagram(model, { lookup }));
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    model = parseDiagram(source);
    const t1 = performance.now();
    if (model.mode === "diagram") toSvg(layoutDiagram(model, { lookup }));
    const t2 = performance.now();
    parseTimes.push(t1 - t0);
    layoutTimes.push(t2 - t1);
    totals.push(t2 - t0);
  }
  rows.push({
    name: f.replace(/\.txt$/, ""),
    size: `${model.rows}×${model.cols}`,
    cells: model.rows * model.cols,
    boxes: model.boxes.length,
    edges: model.edges.length,
    parse: median(parseTimes),
    layout: median(layoutTimes),
    total: median(totals),
    best: Math.min(...totals),
  });
}

const drawn = rows.filter((r) => !r.name.endsWith(".flattened"));
const largest = drawn.reduce((a, b) => (b.cells > a.cells ? b : a));
const [load1] = os.loadavg();
console.log(`diagram engine: median (and fastest) of ${RUNS} runs; node ${process.version}, ${os.cpus().length} CPUs, load ${load1!.toFixed(1)}\n`);
console.log(`${"diagram".padEnd(46)}${"rows×cols".padStart(10)}${"boxes".padStart(7)}${"edges".padStart(7)}${"parse ms".padStart(10)}${"layout ms".padStart(11)}${"total ms".padStart(10)}${"fastest".padStart(9)}`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(46)}${r.size.padStart(10)}${String(r.boxes).padStart(7)}${String(r.edges).padStart(7)}${r.parse.toFixed(2).padStart(10)}${r.layout.toFixed(2).padStart(11)}${r.total.toFixed(2).padStart(10)}${r.best.toFixed(2).padStart(9)}${r === largest ? "  ← largest" : ""}`,
  );
}
console.log(`\nlargest drawn diagram (${largest.name}, ${largest.size}): ${largest.total.toFixed(2)} ms median, ${largest.best.toFixed(2)} ms fastest, parse + layout (goal ≤ 5 ms: ${largest.total <= 5 ? "met" : "not met"})`);
