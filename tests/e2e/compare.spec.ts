import { expect, test, type Page } from "@playwright/test";

const hydrated = (page: Page) => expect(page.locator("html")).toHaveAttribute("data-enhanced", "true");

test.describe("comparison tables on category pages", () => {
  test("a plain table without JavaScript, each row linking to its entry", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/categories/normalization");
    const table = page.locator("#facts-normalization");
    await expect(table.locator("tbody tr")).toHaveCount(7);
    await expect(table.locator('tr[data-slug="batch-normalization"] th a')).toHaveAttribute("href", "/entries/batch-normalization");
    // Column headers explain themselves: a tooltip and a footnote.
    await expect(table.locator('thead th[data-column="batchDependent"]')).toHaveAttribute("title", /other examples in its batch/);
    await expect(page.locator("#facts-normalization-note-batchDependent")).toContainText("Batch-dependent");
    await context.close();
  });

  test("sorting by a column, both ways, with empty cells last; filtering rows", async ({ page }) => {
    await page.goto("/categories/optimization");
    const table = page.locator("#facts-optimization");
    await expect(table).toHaveAttribute("data-sortable", "true");
    const header = table.locator('thead th[data-column="stateSlots"]');
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    const column = () => table.locator("tbody tr:not([hidden]) td:nth-child(3)").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-sort")));
    let keys = await column();
    const numbers = keys.filter((k) => k !== null).map(Number);
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
    expect(keys.indexOf(null)).toBeGreaterThanOrEqual(numbers.length); // empties after every number
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    keys = await column();
    const desc = keys.filter((k) => k !== null).map(Number);
    expect(desc).toEqual([...desc].sort((x, y) => y - x));
    expect(keys.slice(desc.length).every((k) => k === null)).toBe(true);
    // Adam keeps two moments; Lion one.
    await page.getByLabel("Filter rows").fill("torch.optim.Adam");
    await expect(table.locator("tbody tr:not([hidden])")).toHaveCount(2); // Adam, AdamW
    await expect(page.locator(".facts-filter-count")).toHaveText("2 shown");
  });
});

test.describe("side-by-side comparison", () => {
  test("from a URL: two entries in aligned columns with differing facts marked", async ({ page }) => {
    await page.goto("/compare?a=adam&b=lion");
    const grid = page.locator(".compare-grid");
    await expect(grid).toBeVisible();
    await expect(grid.locator(".compare-entry-head h2")).toHaveText(["Adam", "Lion Optimizer"]);
    const state = grid.locator(".compare-facts tr", { hasText: "State / param" });
    await expect(state).toHaveAttribute("data-differs", "true");
    await expect(state.locator("td")).toHaveText(["2×", "1×"]);
    await expect(grid.locator(".compare-facts tr", { hasText: "Kind" })).not.toHaveAttribute("data-differs", "true");
    // The math comes rendered from each entry's page, in both columns.
    const mathRow = grid.locator('h3[data-row="the-math"]');
    await expect(mathRow).toBeVisible();
    await expect(grid.locator(".compare-cell .katex").first()).toBeVisible();
    await expect(grid.locator('h3[data-row="code"] ~ .compare-cell pre').first()).toBeVisible();
    // Swap keeps a shareable address.
    await page.getByRole("button", { name: "Swap left and right" }).click();
    await expect(page).toHaveURL(/\/compare\?a=lion&b=adam$/);
    await expect(grid.locator(".compare-entry-head h2")).toHaveText(["Lion Optimizer", "Adam"]);
  });

  test("each side comes from its /entry-data JSON alone, with whole sections: a callout or diagram after the first paragraphs too", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto("/compare?a=layer-normalization&b=batch-normalization");
    const grid = page.locator(".compare-grid");
    await expect(grid.locator(".compare-entry-head h2")).toHaveText(["Layer Normalization", "Batch Normalization"]);
    expect(fetched.filter((p) => p.startsWith("/entry-data/")).sort()).toEqual(["/entry-data/batch-normalization.json", "/entry-data/layer-normalization.json"]);
    expect(fetched.filter((p) => p.startsWith("/entries/"))).toEqual([]);
    // Summary and problems, as on the entry pages.
    await expect(grid.locator(".compare-entry-head p:not(.compare-category)").first()).toContainText("Normalizes each sample across its own features");
    await expect(grid.locator(".compare-cell ul").first().locator("li").first()).toBeVisible();
    // Batch norm's Hyperparameters section: its table, then an editor's note (a component after the run).
    const hyper = grid.locator('h3[data-row="hyperparameters"] ~ .compare-cell').nth(1);
    await expect(hyper.locator("table")).toBeVisible();
    await expect(hyper.locator(".callout--editor")).toContainText("momentum");
    // A box diagram in The math is drawn, styled, within its column; no page ids or controls come along.
    await page.goto("/compare?a=cross-attention&b=self-attention");
    const figure = page.locator('h3[data-row="the-math"] ~ .compare-cell .diagram-figure svg').first();
    await expect(figure).toBeVisible();
    const [cell, box] = await Promise.all([figure.evaluate((el) => el.closest(".compare-cell")!.getBoundingClientRect().right), figure.evaluate((el) => el.closest(".diagram-scroll")!.getBoundingClientRect().right)]);
    expect(box).toBeLessThanOrEqual(cell + 1);
    expect(await page.locator(".compare-grid [id], .compare-grid .heading-anchor, .compare-grid .copy-button, .compare-grid .trace-figure").count()).toBe(0);
  });

  test("on a phone the two entries stack, each side named, and the facts table scrolls in its own box", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/compare?a=adam&b=adamw");
    const grid = page.locator(".compare-grid");
    await expect(grid).toBeVisible();
    const [a, b] = await grid.locator('h3[data-row="the-math"] ~ .compare-cell').evaluateAll((cells) => cells.slice(0, 2).map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
    expect(b!.left).toBe(a!.left);
    expect(b!.top).toBeGreaterThanOrEqual(a!.bottom);
    expect(a!.width).toBeGreaterThan(300);
    await expect(grid.locator('h3[data-row="the-math"] ~ .compare-cell .compare-cell-label').first()).toHaveText("Adam");
    const facts = page.getByRole("region", { name: "Key facts" });
    expect(await facts.evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("from an entry: 'Compare with…' then picking with the site's search (a typo works)", async ({ page }) => {
    await page.goto("/entries/layer-normalization");
    await hydrated(page);
    await page.getByRole("link", { name: "Compare with…" }).click();
    await expect(page).toHaveURL(/\/compare\?a=layer-normalization$/);
    await page.getByLabel("Right entry").fill("rmsnrom");
    await page.getByRole("button", { name: /RMSNorm/ }).first().click();
    await expect(page).toHaveURL(/\/compare\?a=layer-normalization&b=rmsnorm$/);
    await expect(page.locator(".compare-entry-head h2")).toHaveText(["Layer Normalization", "RMSNorm (Root Mean Square Normalization)"]);
    await expect(page.locator(".compare-facts tr", { hasText: "Learnable parameters" })).toHaveAttribute("data-differs", "true");
  });

  test("related entries offer one-click comparisons", async ({ page }) => {
    await page.goto("/entries/adam");
    const link = page.getByRole("link", { name: "Compare with AdamW" });
    await expect(link).toHaveAttribute("href", "/compare?a=adam&b=adamw");
  });

  test("an unknown or malformed slug: a clear message and the picker, never a blank page", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("/compare?a=adam&b=not-an-entry");
    await expect(page.locator(".compare-problem")).toContainText("There is no entry “not-an-entry”");
    await expect(page.getByLabel("Right entry")).toBeVisible();
    await expect(page.locator(".compare-grid")).toHaveCount(0);
    await page.goto("/compare?a=%3Cscript%3E");
    await expect(page.locator(".compare-problem")).toContainText("is not an entry name");
    await page.goto("/compare");
    await expect(page.getByLabel("Left entry")).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test("copying an entry's citation", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/entries/adam");
  await hydrated(page);
  await page.locator(".entry-cite > summary").click();
  await page.getByRole("button", { name: "Copy BibTeX of this entry" }).click();
  const bib = await page.evaluate(() => navigator.clipboard.readText());
  expect(bib).toMatch(/^@misc\{neuralatlas-adam,/);
  expect(bib).toMatch(/howpublished = \{\\url\{https?:\/\/[^}]+\/entries\/adam\}\}/);
  expect(bib).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
  await page.getByRole("button", { name: "Copy BibTeX of Adam: A Method for Stochastic Optimization" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    "@misc{kingma2015adam,\n  title = {{Adam: A Method for Stochastic Optimization}},\n  author = {Diederik P. Kingma and Jimmy Ba},\n  year = {2015},\n  eprint = {1412.6980},\n  archivePrefix = {arXiv},\n  url = {https://arxiv.org/abs/1412.6980}\n}",
  );
});

test("print: no header, sidebar or controls; the diagram prints black on white", async ({ page }) => {
  await page.goto("/entries/bert");
  await hydrated(page);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  for (const sel of [".site-header", ".site-sidebar", ".entry-actions", ".copy-button"]) await expect(page.locator(sel).first()).toBeHidden();
  const figure = page.locator(".diagram-figure").first();
  await expect(figure).toBeVisible();
  const colors = await page.evaluate(() => ({ body: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
  expect(colors).toEqual({ body: "rgb(255, 255, 255)", fg: "rgb(0, 0, 0)" });
  const shot = await figure.screenshot();
  expect(shot.byteLength).toBeGreaterThan(2000);
  await test.info().attach("bert-diagram-print.png", { body: shot, contentType: "image/png" });
  // Link targets follow links in print.
  const after = await page.locator(".entry-related a[href^='/entries/']").first().evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toMatch(/\/entries\//);
});
