/**
 * npm run report:figures — component entries without any figure (issue 29, item 4), and of those, the ones
 * whose code builds and runs no torch module (so no traced diagram will be drawn for them either: they need
 * an explorer, a box diagram or a flowchart). Reads content/entries directly; `--verbose` lists every entry.
 */
import { loadContent } from "../lib/content/load";
import { COMPONENT_CATEGORIES, figureCoverage } from "../lib/content/figures";

const verbose = process.argv.includes("--verbose");
const { entries } = loadContent(process.cwd());
const rows = entries.map((e) => figureCoverage(e.slug, e.category, e.body));
const components = rows.filter((r) => COMPONENT_CATEGORIES.has(r.category));
const withFigure = rows.filter((r) => r.figures.length > 0);
const noFigure = components.filter((r) => r.figures.length === 0);
const noFigureNoModule = noFigure.filter((r) => !r.buildsModule);
const noFigureModule = noFigure.filter((r) => r.buildsModule);

const list = (rs: typeof rows) => rs.map((r) => `  ${r.category.padEnd(34)} ${r.slug}${r.runnableBlocks === 0 ? "  (no runnable python)" : ""}`).join("\n");
console.log(`entries: ${rows.length}, with a figure: ${withFigure.length}`);
console.log(`component entries: ${components.length}, with a figure: ${components.length - noFigure.length}`);
console.log(`component entries without any figure: ${noFigure.length}`);
console.log(`  whose code builds and runs a module (a traced diagram can cover them): ${noFigureModule.length}`);
console.log(`  whose code builds and runs no module (need another figure): ${noFigureNoModule.length}`);
if (noFigureNoModule.length) console.log(`\nwithout a figure, code builds no module:\n${list(noFigureNoModule)}`);
if (verbose && noFigureModule.length) console.log(`\nwithout a figure, code builds a module:\n${list(noFigureModule)}`);
if (verbose) {
  const byKind = new Map<string, number>();
  for (const r of rows) for (const k of r.figures) byKind.set(k, (byKind.get(k) ?? 0) + 1);
  console.log(`\nfigures by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(", ")}`);
}
