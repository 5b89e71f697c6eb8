/**
 * npm run shots: PNGs of every page type of the production build (out/) at a phone's and a laptop's
 * width, light and dark, into shots/ (gitignored), for a person to look at before a visual change
 * lands. Serves out/ itself (scripts/serve.ts on SHOTS_PORT, default 3300) and drives Debian's
 * Chromium (CHROMIUM_PATH). Each shot is the page from its top, up to 4,000 px of it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.SHOTS_PORT ?? 3300);
const base = `http://127.0.0.1:${port}`;
const dir = path.join(root, "shots");

/** [file name, address, what to wait for before the shot] */
const PAGES: [name: string, url: string, ready?: string][] = [
  ["home", "/"],
  ["category", "/categories/normalization"],
  ["entry-math", "/entries/adamw"],
  ["entry-diagram", "/entries/bert"],
  ["entry-plot", "/entries/gelu", '[data-explorer][data-ready="true"]'],
  ["entry-long-code", "/entries/multi-head-attention"],
  ["compare", "/compare?a=adam&b=adamw", '[data-compare-state="ready"]'],
  ["search", "/search?q=attention", '[aria-label="Search results"] li'],
  ["a-z", "/a-z"],
];
const WIDTHS = [390, 1366];
const THEMES = ["light", "dark"] as const;
const MAX_HEIGHT = 4000;

if (!existsSync(path.join(root, "out/index.html"))) {
  console.error("No build in out/: run `npm run build` first.");
  process.exit(1);
}

const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"] });
const stopServer = () => server.exitCode === null && server.kill();
process.on("exit", stopServer);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`scripts/serve.ts did not answer on port ${port}`);
}

await waitForServer();
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
let count = 0;
try {
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, reducedMotion: "reduce", serviceWorkers: "block" });
      const page = await context.newPage();
      for (const [name, url, ready] of PAGES) {
        await page.goto(base + url, { waitUntil: "load" });
        if (ready) await page.locator(ready).first().waitFor({ timeout: 15_000 });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
        const file = path.join(dir, `${name}-${width}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  stopServer();
}
console.log(`shots: ${count} PNGs in ${path.relative(process.cwd(), dir) || "."}/`);
