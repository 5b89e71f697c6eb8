/**
 * npm run bench:lighthouse — Lighthouse (mobile preset: simulated slow 4G and a 4× slower CPU) in Debian's
 * Chromium against the production build served on loopback: home, an entry and search. Each page is
 * measured LH_RUNS times (default 5) and the run with the median performance score is reported, as
 * Lighthouse's own guidance recommends: single runs on a shared machine vary by ±10 points.
 * Prints the four category scores and the metrics behind the performance score.
 * Goal: performance ≥ 95; accessibility, best practices and SEO 100. A report, not a test.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

if (!existsSync("out/index.html")) {
  console.error("No build in out/: run `npm run build` first.");
  process.exit(1);
}
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 5));
const port = Number(process.env.LH_PORT ?? 3320);
const only = process.argv.slice(2);
const pages = [
  ["home", "/"],
  ["entry", "/entries/layer-normalization"],
  ["search", "/search?q=attention"],
] satisfies [string, string][];
const selected = pages.filter(([name]) => !only.length || only.includes(name));
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const ms = (a: Result["audits"], k: string) => `${Math.round(a[k]?.numericValue ?? 0)} ms`;
try {
  let up = false;
  for (let i = 0; i < 100 && !up; i++) {
    up = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false);
    if (!up) await new Promise((r) => setTimeout(r, 100));
  }
  if (!up) throw new Error(`the server on port ${port} did not answer`);
  console.log(`Lighthouse, mobile preset, median of ${runs} run(s) per page\n`);
  console.log("page      performance  accessibility  best-practices  seo   (performance in each run)");
  for (const [name, url] of selected) {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`http://localhost:${port}${url}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      results.push(result.lhr);
    }
    const perf = (lhr: Result) => lhr.categories.performance?.score ?? 0;
    results.sort((x, y) => perf(x) - perf(y));
    const lhr = results[Math.floor(results.length / 2)]!;
    const c = lhr.categories;
    const score = (k: string) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(3);
    const all = results.map((r) => Math.round(perf(r) * 100)).join(" ");
    console.log(`${name.padEnd(9)} ${score("performance")}          ${score("accessibility")}            ${score("best-practices")}             ${score("seo")}   (${all})`);
    const a = lhr.audits;
    console.log(`          FCP ${ms(a, "first-contentful-paint")}  LCP ${ms(a, "largest-contentful-paint")}  TBT ${ms(a, "total-blocking-time")}  SI ${ms(a, "speed-index")}  CLS ${(a["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)}`);
    const failing = Object.values(a).filter((x) => x.score !== null && x.score < 0.9 && x.scoreDisplayMode === "binary").map((x) => x.id);
    if (failing.length) console.log(`          failing audits: ${failing.slice(0, 8).join(", ")}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
