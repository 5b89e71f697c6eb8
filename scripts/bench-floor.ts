/**
 * npm run bench:floor — how far each page type is from the framework's floor. Builds a bare Next.js App
 * Router site with the project's own next/react (its node_modules) whose one page renders the same
 * entry article (the built page's <article> HTML and stylesheets, no client components), then runs
 * Lighthouse (mobile preset) on it and on the real entry, home and search pages, interleaved, FLOOR_RUNS
 * times each (default 5; FLOOR_THROTTLING=devtools throttles for real instead of simulating). Prints
 * medians of performance, TBT, LCP and DOM size, the inline page data (React's payload scripts) of each
 * page, the ratios to the bare page, per-page HTML bytes (raw and gz) and the total size of out/. A report,
 * not a test: times vary with the machine.
 *
 * Targets (issue 15): entry performance within 3 points of the bare page, TBT ≤ 1.25× its TBT, search
 * page ≥ 90, inline page data ≤ 1.2× the bare page's.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { frameworkInlineBytes } from "./inline-scripts";

interface Run {
  perf: number;
  tbt: number;
  lcp: number;
  dom: number;
}
interface Page {
  name: string;
  url: string;
  file: string;
  htmlRaw: number;
  htmlGz: number;
  data: number;
  runs: Run[];
}

const root = process.cwd();
const out = path.join(root, "out");
if (!existsSync(path.join(out, "index.html"))) {
  console.error("No build in out/: run `npm run build` first.");
  process.exit(1);
}
const RUNS = Math.max(1, Number(process.env.FLOOR_RUNS ?? 5));
const ENTRY = process.env.FLOOR_ENTRY ?? "layer-normalization";
/**
 * "simulate" (Lighthouse's default, Lantern) or "devtools": real CPU and network throttling, metrics as
 * observed. Lantern's TBT swings by ±150 ms between runs on a busy 2-core machine, and in some runs it puts
 * the bare page's hydration task outside the window TBT counts (0 ms); devtools is steadier.
 */
const THROTTLING = process.env.FLOOR_THROTTLING === "devtools" ? "devtools" : "simulate";
const SITE_PORT = 3331;
const BARE_PORT = 3332;

// ---------------------------------------------------------------------------------------------------
// 1. The bare app: same next and react, one page, the same article and CSS, nothing else.
const bare = path.join(root, ".cache/floor-app");
const entryHtml = readFileSync(path.join(out, `entries/${ENTRY}.html`), "utf8");
const article = /<article[\s\S]*?<\/article>/.exec(entryHtml)?.[0];
if (!article) throw new Error(`no <article> in out/entries/${ENTRY}.html`);
const stylesheets = [...entryHtml.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+\.css)"/g)].map((m) => m[1]!);
rmSync(bare, { recursive: true, force: true });
mkdirSync(path.join(bare, "app"), { recursive: true });
mkdirSync(path.join(bare, "public/css"), { recursive: true });
symlinkSync(path.join(root, "node_modules"), path.join(bare, "node_modules"));
const css = stylesheets.map((href, i) => {
  const name = `${i}-${path.basename(href)}`;
  cpSync(path.join(out, href), path.join(bare, "public/css", name));
  return `/css/${name}`;
});
if (existsSync(path.join(out, "katex/fonts"))) cpSync(path.join(out, "katex/fonts"), path.join(bare, "public/css/fonts"), { recursive: true });
writeFileSync(path.join(bare, "package.json"), JSON.stringify({ name: "floor-app", private: true, type: "module" }));
writeFileSync(path.join(bare, "next.config.mjs"), `export default { output: "export", typescript: { ignoreBuildErrors: true } };\n`);
writeFileSync(path.join(bare, "article.json"), JSON.stringify(article));
writeFileSync(
  path.join(bare, "app/layout.jsx"),
  `export const metadata = { title: "Bare Next page" };
export default function RootLayout({ children }) {
  return (<html lang="en"><head>${css.map((h) => `<link rel="stylesheet" href="${h}" />`).join("")}</head><body><main>{children}</main></body></html>);
}
`,
);
writeFileSync(
  path.join(bare, "app/page.jsx"),
  `import article from "../article.json";
export default function Page() {
  return <div dangerouslySetInnerHTML={{ __html: article }} />;
}
`,
);
console.log(`Building the bare Next app (next ${JSON.parse(readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")).version}) in .cache/floor-app …`);
execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: bare, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });

// ---------------------------------------------------------------------------------------------------
// 2. Serve both.
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".woff2": "font/woff2", ".txt": "text/plain", ".json": "application/json" };
const bareOut = path.join(bare, "out");
const bareServer = createServer((req, res) => {
  const p = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
  const file = [path.join(bareOut, p), path.join(bareOut, `${p}.html`), path.join(bareOut, p, "index.html")].find((f) => f.startsWith(bareOut) && existsSync(f) && statSync(f).isFile());
  if (!file) return res.writeHead(404).end();
  const body = readFileSync(file);
  const gz = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", ...(gz ? { "Content-Encoding": "gzip" } : {}) });
  res.end(gz ? gzipSync(body) : body);
}).listen(BARE_PORT, "127.0.0.1");
const site = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { env: { ...process.env, PORT: String(SITE_PORT) }, stdio: "ignore" });

// ---------------------------------------------------------------------------------------------------
// 3. Static measures: HTML bytes and inline page data (the scripts that feed React its payload).
const pages: Page[] = [
  { name: "bare", url: `http://localhost:${BARE_PORT}/`, file: path.join(bareOut, "index.html") },
  { name: "entry", url: `http://localhost:${SITE_PORT}/entries/${ENTRY}`, file: path.join(out, `entries/${ENTRY}.html`) },
  { name: "home", url: `http://localhost:${SITE_PORT}/`, file: path.join(out, "index.html") },
  { name: "search", url: `http://localhost:${SITE_PORT}/search?q=attention`, file: path.join(out, "search.html") },
].map((p) => {
  const html = readFileSync(p.file);
  return { ...p, htmlRaw: html.length, htmlGz: gzipSync(html).length, data: frameworkInlineBytes(html.toString("utf8")), runs: [] };
});

// ---------------------------------------------------------------------------------------------------
// 4. Lighthouse, interleaved: run i of every page before run i+1 of any, so drift hits all alike.
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${SITE_PORT}/`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  for (let i = 0; i < RUNS; i++) {
    for (const p of pages) {
      const result = await lighthouse(p.url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], throttlingMethod: THROTTLING });
      if (!result) throw new Error(`Lighthouse returned nothing for ${p.url}`);
      const { lhr } = result;
      const a = lhr.audits;
      p.runs.push({ perf: Math.round((lhr.categories.performance?.score ?? 0) * 100), tbt: a["total-blocking-time"]?.numericValue ?? 0, lcp: a["largest-contentful-paint"]?.numericValue ?? 0, dom: a["dom-size"]?.numericValue ?? 0 });
    }
    process.stdout.write(`  run ${i + 1}/${RUNS} done\n`);
  }
} finally {
  await chrome.kill();
  site.kill();
  bareServer.close();
}

// ---------------------------------------------------------------------------------------------------
// 5. Report.
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const m = (p: Page, k: keyof Run) => median(p.runs.map((r) => r[k]));
const base = pages[0]!;
console.log(`\nLighthouse mobile preset (${THROTTLING} throttling), median of ${RUNS} interleaved runs; bare = Next ${ENTRY} article, no client components\n`);
const head = ["page", "perf", "(runs)", "TBT", "(runs, ms)", "LCP", "DOM", "page data", "HTML raw", "HTML gz", "perf Δ", "TBT ×", "data ×"];
const rows = pages.map((p) => [
  p.name,
  String(m(p, "perf")),
  p.runs.map((r) => r.perf).join(" "),
  `${Math.round(m(p, "tbt"))} ms`,
  p.runs.map((r) => Math.round(r.tbt)).join(" "),
  `${(m(p, "lcp") / 1000).toFixed(2)} s`,
  String(Math.round(m(p, "dom"))),
  kib(p.data),
  kib(p.htmlRaw),
  kib(p.htmlGz),
  p === base ? "" : String(m(p, "perf") - m(base, "perf")),
  p === base ? "" : (m(p, "tbt") / Math.max(1, m(base, "tbt"))).toFixed(2),
  p === base ? "" : (p.data / base.data).toFixed(2),
]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));

function size(dir: string, filter: (name: string) => boolean): number {
  return readdirSync(dir).reduce((n: number, name) => {
    const p = path.join(dir, name);
    const s = statSync(p);
    return n + (s.isDirectory() ? size(p, filter) : filter(name) ? s.size : 0);
  }, 0);
}
const total = size(out, () => true);
const withoutGz = size(out, (n) => !n.endsWith(".gz") && !n.endsWith(".br"));
console.log(`\nout/: ${(total / 2 ** 20).toFixed(1)} MiB in all, ${(withoutGz / 2 ** 20).toFixed(1)} MiB without the precompressed .gz and .br copies`);
const entry = pages[1]!;
const search = pages[3]!;
console.log(
  `Targets: entry perf within 3 of bare ${m(entry, "perf") >= m(base, "perf") - 3 ? "✓" : "✗"}; entry TBT ≤ 1.25× bare ${m(entry, "tbt") <= 1.25 * m(base, "tbt") ? "✓" : "✗"}; search ≥ 90 ${m(search, "perf") >= 90 ? "✓" : "✗"}; entry page data ≤ 1.2× bare ${entry.data <= 1.2 * base.data ? "✓" : "✗"}`,
);
