/**
 * The content build, run before `next build`: loads and validates every file, compiles all MDX (filling
 * the on-disk cache that the pages then read), and checks Python blocks, diagram boxes and every link.
 * Any problem stops the build with the file, line and field named.
 */
import { performance } from "node:perf_hooks";
import { runContentChecks } from "../lib/build/content-checks";

const started = performance.now();
const report = await runContentChecks(process.cwd());
for (const w of report.warnings) console.warn(`warning: ${w}`);
if (report.errors.length) {
  console.error(`\nContent build failed with ${report.errors.length} problem(s):`);
  for (const e of report.errors) console.error(`  ✗ ${e}`);
  process.exit(1);
}
console.log(`content: ${report.entries} entries, ${report.categories} categories, ${report.pythonBlocks} python blocks, ${report.diagrams} diagrams, ${report.links} links checked in ${((performance.now() - started) / 1000).toFixed(1)}s`);
