import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Every page type of the site.
const PAGES = [
  ["home", "/"],
  ["category", "/categories/normalization"],
  ["entry with a diagram", "/entries/bert"],
  ["entry with math and code", "/entries/adam"],
  ["entry with a live plot", "/entries/gelu"],
  ["entry with a flowchart", "/entries/lstm"],
  ["glossary", "/entries/glossary"],
  ["search page", "/search?q=attention"],
  ["A–Z index", "/a-z"],
  ["comparison", "/compare?a=adam&b=adamw"],
  ["comparison with box diagrams and callouts", "/compare?a=cross-attention&b=self-attention"],
  ["offline page", "/offline"],
  ["page not found", "/no-such-page"],
] as const;

async function seriousViolations(page: Page) {
  // Plus label-content-name-mismatch (a control's name must contain the words it shows, WCAG 2.5.3),
  // which axe files under "experimental" and leaves out of the tags above.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

for (const theme of ["light", "dark"] as const) {
  for (const [name, url] of PAGES) {
    test(`axe: no serious or critical violations on the ${name} (${theme})`, async ({ page }) => {
      test.setTimeout(120_000); // axe walks every node; the A–Z index has thousands
      await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await page.waitForLoadState("networkidle");
      // A comparison is drawn once both entries' data has arrived: check what the reader sees.
      if (url.startsWith("/compare?")) await page.locator('[data-compare-state="ready"]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
  test(`axe: no serious or critical violations in the open search dialog, with results (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
    await page.goto("/entries/bert");
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Search" });
    await dialog.getByRole("combobox").fill("attention");
    await expect(dialog.getByRole("option").nth(2)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("on a phone every link still has a name (the logo's text is hidden there)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Neural Atlas home" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withRules(["link-name"]).analyze();
  expect(results.violations).toEqual([]);
});

test("pages have landmarks, a skip link and headings in order", async ({ page }) => {
  await page.goto("/entries/layer-normalization");
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Encyclopedia" })).toBeAttached();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  const levels = await page.locator("main h1, main h2, main h3, main h4").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i} jumps a level`).toBeLessThanOrEqual(1);
});

test("the server sends security headers, with a CSP that forbids eval and foreign scripts", async ({ request }) => {
  for (const url of ["/", "/entries/adamw", "/nope"]) {
    const res = await request.get(url);
    const h = res.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    const csp = h["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  }
});

test("pages load with a clean console: no errors, no CSP violations", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  for (const url of ["/", "/categories/attention", "/entries/adamw", "/entries/lstm", "/entries/bert", "/entries/gelu", "/a-z", "/search?q=gqa"]) {
    await page.goto(url);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.waitForLoadState("networkidle");
  }
  expect(problems).toEqual([]);
});

test("a hostile #hash is never injected into the page", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto('/entries/adamw#"><img src=x onerror=alert(1)>');
  await page.goto("/entries/adamw#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
  await page.waitForLoadState("networkidle");
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialog).toBe(false);
});

test("external links open safely", async ({ page }) => {
  await page.goto("/entries/references");
  const external = page.locator('main a[href^="http"]');
  const n = await external.count();
  for (let i = 0; i < n; i++) await expect(external.nth(i)).toHaveAttribute("rel", /noopener noreferrer/);
});

test("flowcharts are drawn without mermaid: no page downloads it", async ({ page }) => {
  const MERMAID = /mermaidAPI|flowchart-v2/;
  let mermaidResponses = 0;
  page.on("response", async (r) => {
    if (!r.url().endsWith(".js")) return;
    const body = await r.text().catch(() => "");
    if (MERMAID.test(body)) mermaidResponses++;
  });
  await page.goto("/entries/adamw");
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  expect(mermaidResponses).toBe(0);

  // The drawing is in the page's HTML (npm run flowcharts made it ahead of time).
  await page.goto("/entries/lstm");
  const chart = page.locator("figure.flowchart svg").first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toBeVisible();
  await expect(chart.locator(".node")).toHaveCount(15);
  await page.waitForLoadState("networkidle");
  expect(mermaidResponses).toBe(0);
});

test("keyboard only: home → search → result → section → diagram box → related entry", async ({ page }) => {
  await page.goto("/");
  const tabUntil = async (predicate: () => boolean | Promise<boolean>, max = 200) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      if (await predicate()) return;
    }
    throw new Error("focus never reached the target");
  };
  const focused = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

  // Search: "/" opens the dialog, Enter opens the first result.
  await page.keyboard.press("/");
  const input = page.getByRole("combobox", { name: "Search the encyclopedia" });
  await expect(input).toBeFocused();
  await page.keyboard.type("bert");
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/entries\/bert(#.*)?$/);

  // Section: the table of contents, reached with Tab, jumps to "Architecture diagram". (The page's traced
  // diagram's steps are one tab stop, its links and ± buttons one each.)
  await tabUntil(() => focused('.toc a[href="#architecture-diagram"]'), 300);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#architecture-diagram$/);

  // Diagram box: Tab on from the section reaches a linked box; Enter follows it.
  await tabUntil(() => focused("svg.diagram-svg a"));
  const target = await page.evaluate(() => document.activeElement?.getAttribute("href"));
  expect(target).toMatch(/^\/entries\//);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${target}$`));

  // Related entry: Tab reaches the related block; Enter opens it.
  await tabUntil(() => focused(".entry-related a"), 400);
  const related = await page.evaluate(() => document.activeElement?.getAttribute("href"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${related}$`));
});
