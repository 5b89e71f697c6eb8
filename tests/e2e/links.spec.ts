import { expect, test, type Page } from "@playwright/test";

// The build and this test see the same SITE_URL (npm test runs both): the site is published there, or,
// without it, the build does not know where and names no host at all.
const siteUrl = process.env.SITE_URL?.trim().replace(/\/+$/, "") || undefined;

/** Previews, copy-link and arrival load after hydration; wait until they are active. */
async function gotoReady(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("data-enhanced", "true");
}

test("hovering an internal link shows a preview card without shifting the page", async ({ page }) => {
  await gotoReady(page, "/entries/adamw");
  const link = page.locator('main article a[href="/entries/adam"]').first();
  await link.scrollIntoViewIfNeeded();
  const before = await page.locator("main article").boundingBox();
  await link.hover();
  const card = page.getByRole("tooltip");
  await expect(card).toBeVisible();
  await expect(card.locator(".link-preview-title")).toHaveText("Adam");
  await expect(card).toContainText("Optimizers");
  await expect(link).toHaveAttribute("aria-describedby", "link-preview");
  expect(await page.locator("main article").boundingBox()).toEqual(before);
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
});

test("keyboard focus on a link shows its preview, with the section's first lines for a #section link", async ({ page }) => {
  await gotoReady(page, "/entries/glossary");
  const link = page.locator('main article a[href^="/entries/"]').first();
  await link.focus();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toBeHidden();

  // An auto-link to a glossary term carries a #section: its preview shows that section.
  await gotoReady(page, "/entries/linear-layer");
  const sectionLink = page.locator('main article a[href^="/entries/glossary#"]').first();
  await sectionLink.focus();
  await expect(page.getByRole("tooltip").locator(".link-preview-section")).toBeVisible();
});

test("on touch, the first tap previews and the second follows", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 400, height: 800 } });
  const page = await context.newPage();
  await gotoReady(page, "/entries/adamw");
  const link = page.locator('main article a[href="/entries/adam"]').first();
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await expect(page).toHaveURL(/\/entries\/adamw$/);
  await link.tap();
  await expect(page).toHaveURL(/\/entries\/adam$/);
  await context.close();
});

test("the heading link copies the full URL and confirms it", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await gotoReady(page, "/entries/layer-normalization");
  const heading = page.locator("h2#the-math");
  await heading.hover();
  await heading.locator("a.heading-anchor").click();
  await expect(page.getByRole("status")).toContainText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/entries/layer-normalization#the-math`);
  await expect(page).toHaveURL(/#the-math$/);
});

test("a deep link lands on its section below the header and highlights it", async ({ page }) => {
  await gotoReady(page, "/entries/adamw#hyperparameters");
  const target = page.locator("#hyperparameters");
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/is-arrival/);
  const top = await target.evaluate((el) => el.getBoundingClientRect().top);
  const header = await page.locator(".site-header").evaluate((el) => el.getBoundingClientRect().bottom);
  expect(top).toBeGreaterThanOrEqual(header);
});

test("a link into a collapsed block opens it", async ({ page }) => {
  await gotoReady(page, "/entries/lamb#loss-diverges-early");
  const details = page.locator("details.collapsible", { has: page.locator("#loss-diverges-early") });
  await expect(details).toHaveAttribute("open", "");
  await expect(page.locator("#loss-diverges-early")).toBeInViewport();
});

test("an entry carries share metadata and a canonical URL", async ({ page, request }) => {
  await gotoReady(page, "/entries/grouped-query-attention");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Grouped-Query Attention/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /.{20,}/);
  // Share images and the canonical URL must be absolute: only a build given SITE_URL has them.
  if (siteUrl) {
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", `${siteUrl}/og/grouped-query-attention.png`);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${siteUrl}/entries/grouped-query-attention`);
  } else {
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  }
  const png = await request.get("/og/grouped-query-attention.png");
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
});

test("entries cross-link: auto-links, related and referenced-by blocks", async ({ page }) => {
  await gotoReady(page, "/entries/rmsnorm");
  await expect(page.locator("main article a.autolink").first()).toBeAttached();
  await expect(page.getByRole("heading", { name: "Related entries" })).toBeVisible();
  const backlinks = page.locator(".entry-backlinks li a");
  expect(await backlinks.count()).toBeGreaterThan(0);
});

test("sitemap, robots and the A–Z index list every entry", async ({ page, request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  if (siteUrl) {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`<loc>${siteUrl}/entries/layer-normalization</loc>`);
    expect((sitemap.match(/\/entries\//g) ?? []).length).toBeGreaterThanOrEqual(274);
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
  } else {
    // A sitemap lists absolute URLs: without SITE_URL there is none, and robots.txt does not point to one.
    expect((await request.get("/sitemap.xml")).status()).toBe(404);
    expect(robots).not.toMatch(/sitemap/i);
  }
  await page.goto("/a-z");
  await expect(page.getByRole("heading", { level: 1, name: "A–Z index" })).toBeVisible();
  await expect(page.locator(".az-list a", { hasText: /^LayerNorm$/ }).first()).toHaveAttribute("href", "/entries/layer-normalization");
});

test("no built file names a host the build was not given (no localhost in a page, the sitemap or robots)", async () => {
  const { readdirSync, readFileSync, statSync } = await import("node:fs");
  const path = await import("node:path");
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = path.join(dir, n);
      if (statSync(p).isDirectory()) return n === "_next" ? [] : files(p); // _next: the framework's code (its URL parser knows "localhost")
      return /\.(html|xml|txt|json|webmanifest|js)$/.test(n) ? [p] : [];
    });
  const all = files("out");
  expect(all.length).toBeGreaterThan(300);
  const naming = all.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, "utf8")));
  expect(naming).toEqual([]);
  const bert = readFileSync("out/entries/bert.html", "utf8");
  if (siteUrl) {
    expect(bert).toContain(`<link rel="canonical" href="${siteUrl}/entries/bert"/>`);
    expect(bert).toContain(`<meta property="og:image" content="${siteUrl}/og/bert.png"/>`);
  } else {
    expect(bert).not.toContain('rel="canonical"');
    expect(bert).not.toContain('property="og:image"');
    expect(bert).not.toContain('property="og:url"');
  }
});

test("an entry's citation names the page where it is read (SITE_URL when the build had it)", async ({ page, baseURL }) => {
  await page.goto("/entries/bert");
  await page.locator(".entry-cite summary").click();
  const where = `${siteUrl ?? baseURL}/entries/bert`;
  const texts = page.locator(".entry-cite [data-copy-source]");
  await expect(texts.nth(0)).toContainText(`howpublished = {\\url{${where}}}`);
  await expect(texts.nth(1)).toHaveText(new RegExp(`^Neural Atlas\\. "BERT\\." .* ${where.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
});

test("a code block's copy button copies exactly the code shown (static button, one delegated listener)", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/entries/layer-normalization");
  await expect(page.locator("html")).toHaveAttribute("data-enhanced", "true");
  const figure = page.locator('.code-figure:has(pre[data-language="python"])').first();
  const button = figure.getByRole("button", { name: "Copy code" });
  await expect(button).toBeVisible();
  await button.click();
  await expect(figure.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await figure.locator("pre").textContent());
  await expect(figure.getByRole("button", { name: "Copy code" })).toBeVisible({ timeout: 4000 });
});
