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
 *   - the sidebar (rendered by React, components/layout/Sidebar.tsx) in the HTML of every page that has
 *     the sidebar column; each entry page's HTML ≤ ENTRY_HTML_GZ_BUDGET gz (the page, its React payload
 *     inline, the sidebar and head script in both);
 *   - out/ ≤ OUT_BUDGET without the React payload files Next writes beside the pages (<page>.txt,
 *     <page>/__next.*.txt: read only by client-side navigation, which the site does not use, and never
 *     precached by the service worker), which are counted apart (measured: 80 MiB with their .gz
 *     copies, beside 92 MiB of everything else; /compare's per-entry data, public/entry-data, adds 10.8 MiB
 *     with its .gz copies: the compared sections of every entry as rendered HTML, 9.7 MiB raw);
 *   - KaTeX's stylesheet and font preloads only on pages that have math; the search index preloaded
 *     by the search page and by no other.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { frameworkInlineBytes } from "./inline-scripts";

const out = path.resolve("out");
if (!existsSync(path.join(out, "index.html"))) {
  console.error("No build in out/: run `npm run build` first.");
  process.exit(1);
}
const KIB = 1024;
const ENTRY_JS_GOAL = 130 * KIB;
const ENTRY_JS_BUDGET = 140 * KIB;
const PAGE_JS_BUDGET = 145 * KIB;
// 100 MiB until /compare's sections moved from scraping entry pages at run time into /entry-data at
// build time (+10.8 MiB here; each comparison now downloads about 10 KiB gz instead of two pages, 55 KiB gz).
const OUT_BUDGET = 112 * KIB * KIB;
const ENTRY_HTML_GZ_BUDGET = 110 * KIB;
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
  const sidebar = { shell: html.includes('class="site-sidebar"'), present: html.includes('<nav aria-label="Encyclopedia" class="sidebar-nav"><ul>') };
  return { sidebar, payload: frameworkInlineBytes(html), scripts, styles, js, css, html: Buffer.byteLength(html), htmlGz: gzSize(htmlRel), forbidden, math: html.includes('class="katex"'), katexCss: styles.some((s) => s.includes("katex")), katexFonts: /<link[^>]+href="\/katex\/fonts\//.test(html), indexPreload: /<link[^>]+rel="preload"[^>]+href="\/search\/index\.json"/.test(html) };
}

const entries = readdirSync(path.join(out, "entries")).filter((f) => f.endsWith(".html")).map((f) => `entries/${f}`);
const categories = readdirSync(path.join(out, "categories")).filter((f) => f.endsWith(".html")).map((f) => `categories/${f}`);
const routes: [string, string[]][] = [["home", ["index.html"]], ["category", categories], ["entry", entries], ["search", ["search.html"]], ["a-z", ["a-z.html"]], ["compare", ["compare.html"]], ["offline", ["offline.html"]], ["404", ["404.html"]]];
const all = routes.filter(([, files]) => files.every((f) => existsSync(path.join(out, f))));

const fmt = (n: number) => `${(n / KIB).toFixed(1)} KiB`;
const rows: string[][] = [];
const problems: string[] = [];
type NumericStat = "js" | "css" | "html" | "htmlGz" | "payload";
for (const [type, files] of all) {
  const stats = files.map((f) => ({ file: f, ...pageStats(f) }));
  const max = (k: NumericStat) => stats.reduce((a, b) => (b[k] > a[k] ? b : a));
  const median = (k: NumericStat) => [...stats].sort((a, b) => a[k] - b[k])[Math.floor(stats.length / 2)]![k];
  rows.push([type, String(files.length), fmt(median("js")), `${fmt(max("js").js)} (${path.basename(max("js").file, ".html")})`, fmt(median("htmlGz")), `${fmt(max("htmlGz").htmlGz)} (${path.basename(max("htmlGz").file, ".html")})`, fmt(median("html")), fmt(max("html").html), fmt(median("payload")), fmt(median("css"))]);
  for (const s of stats) {
    if (s.sidebar.shell && !s.sidebar.present) problems.push(`${s.file}: has the sidebar column but not the sidebar (components/layout/Sidebar.tsx)`);
    if (type === "entry" && s.htmlGz > ENTRY_HTML_GZ_BUDGET) problems.push(`${s.file}: HTML ${fmt(s.htmlGz)} gz exceeds the ${fmt(ENTRY_HTML_GZ_BUDGET)} budget`);
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
const header = ["route", "pages", "first-load JS gz (median)", "first-load JS gz (max)", "HTML gz (median)", "HTML gz (max)", "HTML raw (median)", "HTML raw (max)", "inline payload raw (median)", "CSS gz (median)"];
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
const present = new Set(allFiles);
// Next's React payload files: <page>/__next.<segment>.txt, and <page>.txt beside <page>.html (and their .gz copies; Next writes no .br).
const payloadFiles = allFiles.filter((f) => {
  const file = f.replace(/\.(gz|br)$/, "");
  return /^__next\..*\.txt$/.test(path.basename(file)) || (file.endsWith(".txt") && present.has(file.replace(/\.txt$/, ".html")));
});
const payloadBytes = payloadFiles.reduce((n, f) => n + statSync(f).size, 0);
const mib = (n: number) => `${(n / KIB / KIB).toFixed(1)} MiB`;
const siteBytes = outBytes - payloadBytes;
console.log(`\nout/: ${mib(outBytes)} in ${allFiles.length} files: ${mib(siteBytes)} without Next's React payload files (budget ${mib(OUT_BUDGET)}), and those ${mib(payloadBytes)} in ${payloadFiles.length} files (.gz copies included)`);
if (siteBytes > OUT_BUDGET) problems.push(`out/ without Next's payload files is ${mib(siteBytes)}, over the ${mib(OUT_BUDGET)} budget`);
const withMath = entries.filter((f) => pageStats(f).math).length;
console.log(`\nKaTeX stylesheet on ${entries.filter((f) => pageStats(f).katexCss).length} of ${entries.length} entries (${withMath} have math)`);
if (problems.length) {
  console.log(`\n${problems.length} budget problem(s):`);
  for (const p of problems.slice(0, 40)) console.log(`  ✗ ${p}`);
} else console.log("\nall budgets met");
const largestEntry = Math.max(...entries.map((f) => pageStats(f).js));
console.log(`entry first-load JS goal ${fmt(ENTRY_JS_GOAL)}: ${largestEntry <= ENTRY_JS_GOAL ? "met" : `not met (${fmt(largestEntry)})`}`);
if (process.argv.includes("--check") && problems.length) process.exit(1);
