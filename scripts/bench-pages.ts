/**
 * npm run bench:pages — sizes of the production build, per route type: first-load JS (gzipped), HTML
 * and CSS. With --check it also enforces the budgets and exits 1 when one is exceeded (sizes are
 * stable, unlike times, so they can gate CI):
 *   - entry page first-load JS ≤ ENTRY_JS_BUDGET gz (the largest entry counts). The goal is 130 KiB,
 *     but the framework alone (React 19's react-dom, the Next 16 app-router runtime and Turbopack's
 *     chunk loader) weighs ~129 KiB gz here, before any of the site's own code. The site's own
 *     first-load code is ~10 KiB (the search dialog, plot explorers and link previews load on
 *     demand), so CI gates at 140 KiB (measured: 138.9) to stop growth;
 *   - every other page's first-load JS ≤ PAGE_JS_BUDGET gz (the same framework floor, plus what the
 *     page's own widgets need: a category's table sorting, /compare's view and picker);
 *   - no mermaid (flowcharts are drawn ahead of time), plot or search-index bytes in the first load of any page, no
 *     KaTeX or zod code in any (facts are validated and typeset at build time), and /compare's code
 *     only on /compare;
 *   - the sidebar written into every page's HTML and absent from its inline React payload; no RSC
 *     payload files in out/ and the whole of out/ ≤ OUT_BUDGET (it was 170 MB before both);
 *   - KaTeX's stylesheet and font preloads only on pages that have math; the search index preloaded
 *     by the search page and by no other.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const out = path.resolve("out");
if (!existsSync(path.join(out, "index.html"))) {
  console.error("No build in out/: run `npm run build` first.");
  process.exit(1);
}
const KIB = 1024;
const ENTRY_JS_GOAL = 130 * KIB;
const ENTRY_JS_BUDGET = 140 * KIB;
const PAGE_JS_BUDGET = 145 * KIB;
const OUT_BUDGET = 100 * KIB * KIB;
const gz = new Map<string, number>();
const gzSize = (rel: string): number => {
  let n = gz.get(rel);
  if (n === undefined) gz.set(rel, (n = gzipSync(readFileSync(path.join(out, rel))).length));
  return n;
};
/** Code that must never be in a first load: recognisable strings of mermaid, the plot explorers and the search index. */
const FORBIDDEN: [name: string, code: RegExp, allowedOn?: string][] = [
  ["mermaid", /mermaidAPI|flowchart-v2/],
  ["plots", /rosenbrock|marchingSquares|[Mm]arching squares/],
  ["search index", /"search-index"|flexsearch|FlexSearch/],
  ["KaTeX", /KaTeX parse error/],
  ["zod", /ZodError/],
  ["compare view", /compare-grid/, "compare"],
];
const fileText = new Map<string, string>();
const text = (rel: string): string => {
  let t = fileText.get(rel);
  if (t === undefined) fileText.set(rel, (t = readFileSync(path.join(out, rel), "utf8")));
  return t;
};

function pageStats(htmlRel: string) {
  const html = text(htmlRel);
  // noModule scripts (legacy polyfills) are never downloaded by the browsers the site supports.
  const scripts = [...new Set([...html.matchAll(/<script(?![^>]*noModule)[^>]+src="\/([^"]+)"/gi)].map((m) => m[1]!))].filter((s) => existsSync(path.join(out, s)));
  const styles = [...new Set([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"|<link[^>]+href="\/([^"]+\.css)"[^>]+rel="stylesheet"/g)].map((m) => (m[1] ?? m[2])!))].filter((s) => existsSync(path.join(out, s)));
  const js = scripts.reduce((n, s) => n + gzSize(s), 0);
  const css = styles.reduce((n, s) => n + gzSize(s), 0);
  const type = htmlRel === "compare.html" ? "compare" : undefined;
  const forbidden = FORBIDDEN.filter(([, re, allowedOn]) => allowedOn !== type && scripts.some((s) => re.test(text(s)))).map(([name]) => name);
  const payload = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((x) => x.includes("__next_f")).join("");
  const sidebar = { shell: html.includes('class="site-sidebar"'), filled: html.includes('class="sidebar-nav"><ul>'), inPayload: payload.includes("sidebar-category") };
  return { sidebar, scripts, styles, js, css, html: Buffer.byteLength(html), htmlGz: gzSize(htmlRel), forbidden, math: html.includes('class="katex"'), katexCss: styles.some((s) => s.includes("katex")), katexFonts: /<link[^>]+href="\/katex\/fonts\//.test(html), indexPreload: /<link[^>]+rel="preload"[^>]+href="\/search\/index\.json"/.test(html) };
}

const entries = readdirSync(path.join(out, "entries")).filter((f) => f.endsWith(".html")).map((f) => `entries/${f}`);
const categories = readdirSync(path.join(out, "categories")).filter((f) => f.endsWith(".html")).map((f) => `categories/${f}`);
const routes: [string, string[]][] = [["home", ["index.html"]], ["category", categories], ["entry", entries], ["search", ["search.html"]], ["a-z", ["a-z.html"]], ["compare", ["compare.html"]], ["offline", ["offline.html"]], ["404", ["404.html"]]];
const all = routes.filter(([, files]) => files.every((f) => existsSync(path.join(out, f))));

const fmt = (n: number) => `${(n / KIB).toFixed(1)} KiB`;
const rows: string[][] = [];
const problems: string[] = [];
type NumericStat = "js" | "css" | "html" | "htmlGz";
for (const [type, files] of all) {
  const stats = files.map((f) => ({ file: f, ...pageStats(f) }));
  const max = (k: NumericStat) => stats.reduce((a, b) => (b[k] > a[k] ? b : a));
  const median = (k: NumericStat) => [...stats].sort((a, b) => a[k] - b[k])[Math.floor(stats.length / 2)]![k];
  rows.push([type, String(files.length), fmt(median("js")), `${fmt(max("js").js)} (${path.basename(max("js").file, ".html")})`, fmt(median("htmlGz")), fmt(max("html").html), fmt(median("css"))]);
  for (const s of stats) {
    if (s.sidebar.shell && !s.sidebar.filled) problems.push(`${s.file}: the sidebar was not written into the page (scripts/postbuild/page-slots.ts)`);
    if (s.sidebar.inPayload) problems.push(`${s.file}: the sidebar markup is in the page's React payload too`);
    if (s.forbidden.length) problems.push(`${s.file}: first load contains ${s.forbidden.join(", ")} code`);
    // /compare shows two entries' math, inserted on the client.
    if (s.katexCss && !s.math && type !== "compare") problems.push(`${s.file}: loads KaTeX's stylesheet but has no math`);
    if (s.katexFonts && !s.math) problems.push(`${s.file}: preloads KaTeX fonts but has no math`);
    if (s.indexPreload && type !== "search") problems.push(`${s.file}: preloads the search index, which only the search page needs at once`);
    if (!s.indexPreload && type === "search") problems.push(`${s.file}: does not preload the search index, which it needs at once`);
    if (type === "entry" && s.js > ENTRY_JS_BUDGET) problems.push(`${s.file}: first-load JS ${fmt(s.js)} gz exceeds the ${fmt(ENTRY_JS_BUDGET)} budget`);
    if (type !== "entry" && s.js > PAGE_JS_BUDGET) problems.push(`${s.file}: first-load JS ${fmt(s.js)} gz exceeds the ${fmt(PAGE_JS_BUDGET)} budget`);
  }
}
const header = ["route", "pages", "first-load JS gz (median)", "first-load JS gz (max)", "HTML gz (median)", "HTML raw (max)", "CSS gz (median)"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}
const allFiles = walk(out);
const outBytes = allFiles.reduce((n, f) => n + statSync(f).size, 0);
const rscFiles = allFiles.filter((f) => /__next\..*\.txt$/.test(path.basename(f)));
console.log(`\nout/: ${(outBytes / KIB / KIB).toFixed(1)} MiB in ${allFiles.length} files (budget ${(OUT_BUDGET / KIB / KIB).toFixed(0)} MiB)`);
if (outBytes > OUT_BUDGET) problems.push(`out/ is ${(outBytes / KIB / KIB).toFixed(1)} MiB, over the ${(OUT_BUDGET / KIB / KIB).toFixed(0)} MiB budget`);
if (rscFiles.length) problems.push(`${rscFiles.length} RSC payload files left in out/ (e.g. ${path.relative(out, rscFiles[0]!)}): scripts/postbuild/prune.ts`);
const withMath = entries.filter((f) => pageStats(f).math).length;
console.log(`\nKaTeX stylesheet on ${entries.filter((f) => pageStats(f).katexCss).length} of ${entries.length} entries (${withMath} have math)`);
if (problems.length) {
  console.log(`\n${problems.length} budget problem(s):`);
  for (const p of problems.slice(0, 40)) console.log(`  ✗ ${p}`);
} else console.log("\nall budgets met");
const largestEntry = Math.max(...entries.map((f) => pageStats(f).js));
console.log(`entry first-load JS goal ${fmt(ENTRY_JS_GOAL)}: ${largestEntry <= ENTRY_JS_GOAL ? "met" : `not met (${fmt(largestEntry)})`}`);
if (process.argv.includes("--check") && problems.length) process.exit(1);
