import { expect, test, type Page } from "@playwright/test";
import { measureOverflow } from "./measure";

/**
 * What Chromium draws at a phone's, a tablet's and a laptop's width: nothing past the viewport's right
 * edge unless a box that scrolls sideways holds it and shows it, and the page itself never scrolls
 * sideways. Themes change colours, not boxes: light at every width, dark at the phone's.
 */
const LAYOUT_PAGES: { name: string; url: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: "home", url: "/" },
  { name: "category with its facts table", url: "/categories/normalization" },
  { name: "entry with math", url: "/entries/adamw" },
  { name: "entry with a box diagram", url: "/entries/bert" },
  { name: "entry with a live plot", url: "/entries/gelu", ready: async (page) => void (await page.locator('[data-explorer][data-ready="true"]').first().waitFor()) },
  { name: "entry with long code", url: "/entries/adversarial-loss" },
  { name: "multi-head attention", url: "/entries/multi-head-attention" },
  { name: "compare", url: "/compare?a=adam&b=adamw", ready: async (page) => void (await page.locator('[data-compare-state="ready"]').waitFor()) },
  { name: "search", url: "/search?q=attention", ready: async (page) => void (await page.getByRole("list", { name: "Search results" }).getByRole("listitem").first().waitFor()) },
];

const RUNS = [
  { width: 390, theme: "light" },
  { width: 390, theme: "dark" },
  { width: 820, theme: "light" },
  { width: 1366, theme: "light" },
] as const;

for (const { width, theme } of RUNS) {
  test(`nothing runs past the viewport at ${width} px (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
    const problems: string[] = [];
    for (const p of LAYOUT_PAGES) {
      await page.goto(p.url);
      await p.ready?.(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const r = await page.evaluate(measureOverflow);
      console.log(`${width}px ${theme} ${p.url}: scrollWidth ${r.scrollWidth}/${r.innerWidth}, ${r.past.length} past the edge, ${r.silent.length} scroll boxes without a cue`);
      if (r.scrollWidth > r.innerWidth) problems.push(`${p.url}: the page scrolls sideways (${r.scrollWidth} px wide in ${r.innerWidth})`);
      for (const e of r.past) problems.push(`${p.url}: past the edge: ${e}`);
      for (const e of r.silent) problems.push(`${p.url}: scrolls with no cue: ${e}`);
    }
    expect(problems).toEqual([]);
  });
}

/**
 * Nothing moves once drawn: the layout shifts Chromium reports while an entry loads and its scripts run
 * (Lighthouse's CLS, before any input). Hiding "Copy page" until the enhancements had loaded made the
 * trust line wrap late, a 0.087 shift on every entry at a phone's width.
 */
for (const width of [390, 1366]) {
  test(`an entry's content does not shift while its scripts load at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; nodes: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] }[])
          if (!e.hadRecentInput) w.shifts.push({ value: e.value, nodes: e.sources.map((s) => (s.node as Element | null)?.className?.toString() ?? s.node?.nodeName ?? "?") });
      }).observe({ type: "layout-shift", buffered: true });
    });
    for (const url of ["/entries/layer-normalization", "/entries/adamw", "/entries/multi-head-attention"]) {
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("data-enhanced", "true");
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts);
      const total = shifts.reduce((s, x) => s + x.value, 0);
      expect(total, `${url}: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
    }
  });
}

test("without JavaScript an entry offers no button that needs it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/entries/layer-normalization");
  await expect(page.getByRole("link", { name: "View as Markdown" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy page as Markdown" })).toBeHidden();
  await context.close();
});
