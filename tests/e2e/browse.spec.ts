import { expect, test } from "@playwright/test";

test("home → category → entry → TOC link → back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Neural Atlas" })).toBeVisible();
  const grid = page.locator(".category-grid");
  await expect(grid.getByRole("link")).toHaveCount(29);

  await grid.getByRole("link", { name: /Normalization/ }).click();
  await expect(page).toHaveURL(/\/categories\/normalization$/);
  await expect(page.getByRole("heading", { level: 1, name: "Normalization" })).toBeVisible();

  await page.locator(".entry-list").getByRole("link", { name: "Layer Normalization", exact: true }).click();
  await expect(page).toHaveURL(/\/entries\/layer-normalization$/);
  await expect(page.getByRole("heading", { level: 1, name: "Layer Normalization" })).toBeVisible();
  await expect(page.locator(".badge[data-maturity]")).toHaveText(/established/);
  // The sidebar marks the current entry.
  await expect(page.locator('.sidebar-nav a[aria-current="page"]')).toHaveText("Layer Normalization");

  const toc = page.getByRole("navigation", { name: "On this page" });
  const mathLink = toc.getByRole("link", { name: "The math" });
  await mathLink.click();
  await expect(page).toHaveURL(/#the-math$/);
  await expect(page.locator("#the-math")).toBeInViewport();
  await expect(mathLink).toHaveAttribute("aria-current", "location");

  await page.goBack();
  await expect(page).toHaveURL(/\/entries\/layer-normalization$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/categories\/normalization$/);
});

test("an entry renders math, highlighted code with a language label, and prev/next", async ({ page }) => {
  await page.goto("/entries/adamw");
  await expect(page.locator(".katex").first()).toBeVisible();
  await expect(page.locator(".katex-mathml math").first()).toBeAttached();
  const code = page.locator(".code-figure").first();
  await expect(code.locator(".code-language")).toHaveText("Python");
  await expect(code.locator("pre.shiki span[style*='--shiki-dark']").first()).toBeAttached();
  await expect(page.getByRole("navigation", { name: "Previous and next entries" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "References" })).toBeVisible();
});

test("theme toggle switches and remembers the theme without a flash", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/entries/gelu");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "light");
  const bgLight = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.getByTestId("theme-toggle").click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  const bgDark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bgDark).not.toBe(bgLight);
  // Reload: the theme is applied by the blocking head script before any paint.
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
});

test("the system dark preference is followed when no theme was chosen", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("unknown paths answer 404 with the not-found page", async ({ page }) => {
  const response = await page.goto("/entries/no-such-entry");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("mobile layout: the menu opens the sidebar drawer", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/entries/rmsnorm");
  const sidebar = page.locator("#site-sidebar");
  await expect(sidebar).toBeHidden();
  await page.getByRole("button", { name: "Open menu" }).click();
  await expect(sidebar).toBeVisible();
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveText(/^RMSNorm/);
  await page.keyboard.press("Escape");
  await expect(sidebar).toBeHidden();
});

test("the theme toggle and the menu are static buttons that work before (and without) the page's React code", async ({ page }) => {
  // No /_next/ script runs: no hydration, no React. The header's inline script alone drives both buttons.
  await page.route("**/_next/static/chunks/*.js", (route) => route.abort());
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/entries/rmsnorm");
  const toggle = page.getByTestId("theme-toggle");
  await expect(toggle).toHaveAttribute("aria-label", "Switch to dark theme");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveAttribute("aria-label", "Switch to light theme");
  await expect(toggle.locator(".theme-icon--dark")).toBeVisible();
  await expect(toggle.locator(".theme-icon--light")).toBeHidden();

  const menu = page.getByRole("button", { name: "Open menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  const sidebar = page.locator("#site-sidebar");
  await expect(sidebar).toBeVisible();
  await expect(page.getByRole("button", { name: "Close menu" })).toHaveAttribute("aria-expanded", "true");
  // A click outside the drawer closes it.
  await page.mouse.click(380, 780);
  await expect(sidebar).toBeHidden();
  await expect(page.getByRole("button", { name: "Open menu" })).toHaveAttribute("aria-expanded", "false");
});

test("the sidebar, without JavaScript: every category, the current one's entries, navigable by keyboard", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/entries/rmsnorm");
  const nav = page.getByRole("navigation", { name: "Encyclopedia" });
  // 28 other categories as links, and the current one open with its overview and 7 entries.
  await expect(nav.locator("a.sidebar-category")).toHaveCount(28);
  await expect(nav.locator("details[open] li a")).toHaveCount(8);
  await expect(nav.locator('a[aria-current="page"]')).toHaveText(/^RMSNorm/);
  await nav.getByRole("link", { name: /Loss Functions/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/categories\/loss$/);
  await expect(page.getByRole("navigation", { name: "Encyclopedia" }).locator("details[open] li a")).toHaveCount(19);
  await context.close();
});

test("the sidebar stays as built after hydration", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/entries/adam");
  await expect(page.locator("html")).toHaveAttribute("data-enhanced", "true");
  await expect(page.locator(".sidebar-nav a")).toHaveCount(29 - 1 + 1 + 21);
  expect(errors).toEqual([]);
});

test("home: one search box in the first screen, a Start here path in reading order, the showcase designs after the established categories", async ({ page }) => {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    const boxes = page.getByRole("searchbox");
    await expect(boxes).toHaveCount(1);
    await expect(boxes).toBeInViewport();
  }
  const path = page.getByRole("region", { name: "Start here" }).getByRole("listitem").getByRole("link");
  await expect(path.first()).toHaveAttribute("href", "/entries/linear-layer");
  await expect(path.last()).toHaveAttribute("href", "/entries/transformer");
  await path.nth(1).click();
  await expect(page).toHaveURL(/\/entries\/relu$/);
  // Hydrated: Next's own history.replaceState has run, which goBack() would otherwise take for its navigation.
  await expect(page.locator("html")).toHaveAttribute("data-enhanced", "true");
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(".category-card").first()).toBeVisible();
  const cards = await page.locator(".category-card").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(cards.indexOf("/categories/showcase-architectures")).toBeGreaterThan(cards.indexOf("/categories/normalization"));
  expect(cards.indexOf("/categories/showcase-architectures")).toBeGreaterThan(cards.indexOf("/categories/core-layers"));
});

for (const width of [390, 820]) {
  test(`"On this page" on a ${width} px screen: a disclosure kept under the header, opened by keyboard, without JavaScript too`, async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto("/entries/layer-normalization");
      if (javaScriptEnabled) await expect(page.locator("html")).toHaveAttribute("data-enhanced", "true");
      const toc = page.getByRole("navigation", { name: "On this page" });
      await expect(toc).toBeHidden(); // closed until asked for
      const summary = page.locator("summary", { hasText: "On this page" });
      // Reachable from anywhere on the page: far down, it is still on screen, under the header.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.7));
      await expect(summary).toBeInViewport();
      const header = await page.locator(".site-header").boundingBox();
      expect((await summary.boundingBox())!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
      await summary.focus();
      await page.keyboard.press("Enter");
      await expect(toc).toBeVisible();
      await toc.getByRole("link", { name: "The math" }).focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#the-math$/);
      const heading = page.locator("#the-math");
      await expect(heading).toBeInViewport();
      if (javaScriptEnabled) {
        // The list closed behind the reader, and the heading stops below the bar, not under it.
        await expect(toc).toBeHidden();
        const bar = (await summary.boundingBox())!;
        expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
      }
      await context.close();
    }
  });
}
