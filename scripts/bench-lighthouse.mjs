#!/usr/bin/env node
/**
 * npm run bench:lighthouse — Lighthouse (mobile preset) in Debian's Chromium against the production
 * build served on loopback: home, an entry and search. Prints the four category scores.
 * Goal: performance ≥ 95; accessibility, best practices and SEO 100. A report, not a test.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

if (!existsSync("out/index.html")) {
  console.error("No build in out/: run `npm run build` first.");
  process.exit(1);
}
const port = 3320;
const pages = [["home", "/"], ["entry", "/entries/layer-normalization"], ["search", "/search?q=attention"]];
const server = spawn(process.execPath, ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  console.log("page      performance  accessibility  best-practices  seo");
  for (const [name, url] of pages) {
    const result = await lighthouse(`http://localhost:${port}${url}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
    const c = result.lhr.categories;
    const score = (k) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(3);
    console.log(`${name.padEnd(9)} ${score("performance")}          ${score("accessibility")}            ${score("best-practices")}             ${score("seo")}`);
    const failing = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary").map((a) => a.id);
    if (failing.length) console.log(`          failing audits: ${failing.slice(0, 8).join(", ")}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
