import { expect, test, type Page } from "@playwright/test";

const dialog = (page: Page) => page.getByRole("dialog", { name: "Search" });
const combobox = (page: Page) => dialog(page).getByRole("combobox", { name: "Search the encyclopedia" });
const options = (page: Page) => dialog(page).getByRole("option");

test("Ctrl-K opens the dialog anywhere; typing shows results; Enter opens the first; Esc closes and restores focus", async ({ page }) => {
  await page.goto("/entries/gelu");
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press("Control+k");
  await expect(dialog(page)).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  await combobox(page).fill("GQA");
  await expect(options(page).first()).toContainText("Grouped-Query Attention");
  await expect(options(page).first()).toContainText("Attention"); // category
  await expect(options(page).first().locator("mark").first()).toHaveText("GQA");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/entries\/grouped-query-attention$/);
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Grouped-Query Attention");

  // "/" opens it too; Escape closes it and gives focus back.
  const toggle = page.getByTestId("theme-toggle");
  await toggle.focus();
  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(toggle).toBeFocused();
});

test("a shortcut pressed before the page's scripts have run still opens the dialog once they do", async ({ page }) => {
  // Hold back the framework's scripts until the key has been pressed.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/entries/gelu", { waitUntil: "domcontentloaded" });
  await page.locator("h1").click();
  await page.keyboard.press("/");
  expect(await page.evaluate(() => (window as typeof window & { __atlasSearch?: { pending: boolean } }).__atlasSearch?.pending)).toBe(true);
  await expect(dialog(page)).toBeHidden();
  release();
  await expect(dialog(page)).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  // Handed over: the inline script's state and key listener are gone.
  expect(await page.evaluate(() => "__atlasSearch" in window)).toBe(false);
});

// Typed at full speed (no delay between keys) while the dialog's code is still on its way: no key may be
// lost, and the first result is the one the whole text names ("yer norm" once found Batch Normalization).
for (const shortcut of ["/", "Control+k"]) {
  test(`keys typed right after ${shortcut}, before the dialog's code has arrived, all reach the box`, async ({ page }) => {
    await page.goto("/entries/gelu");
    // Hydrated: the loader has taken over from the inline shortcut script.
    await expect.poll(() => page.evaluate(() => "__atlasSearch" in window)).toBe(false);
    // Hold back every script fetched from now on: the dialog's chunk (and the index).
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.locator("h1").click();
    await page.keyboard.press(shortcut);
    await page.keyboard.type("layer norm");
    await expect(dialog(page)).toBeHidden();
    release();
    await expect(combobox(page)).toBeFocused();
    await expect(combobox(page)).toHaveValue("layer norm");
    await expect(options(page).first()).toContainText("Layer Normalization");
    // Typing on goes to the box itself.
    await page.keyboard.type("alization");
    await expect(combobox(page)).toHaveValue("layer normalization");
  });
}

test("keys typed after a shortcut pressed before the page's scripts ran are kept too", async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/entries/gelu", { waitUntil: "domcontentloaded" });
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await page.keyboard.type("layer nomr");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("rm");
  release();
  await expect(combobox(page)).toBeFocused();
  await expect(combobox(page)).toHaveValue("layer norm");
  await expect(options(page).first()).toContainText("Layer Normalization");
});

test("the index is fetched on first use, not with the page", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(requests.filter((p) => p.startsWith("/search/"))).toEqual([]);
  const loaded = page.waitForRequest((r) => new URL(r.url()).pathname === "/search/index.json");
  await page.getByRole("searchbox", { name: "Search the encyclopedia" }).first().focus();
  await loaded;
});

test("typing in the header box opens the dialog with what was typed", async ({ page }) => {
  await page.goto("/");
  const box = page.locator("#search-header");
  await box.click();
  await box.pressSequentially("flash att");
  await expect(dialog(page)).toBeVisible();
  await expect(combobox(page)).toHaveValue("flash att");
  await expect(options(page).first()).toContainText("FlashAttention");
});

test("arrow keys move through the options, Enter opens the selected one", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Control+k");
  await combobox(page).fill("attention");
  await expect(options(page).nth(3)).toBeVisible();
  await expect(options(page).first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const third = options(page).nth(2);
  await expect(third).toHaveAttribute("aria-selected", "true");
  await expect(options(page).first()).toHaveAttribute("aria-selected", "false");
  await expect(combobox(page)).toHaveAttribute("aria-activedescendant", (await third.getAttribute("id"))!);
  await page.keyboard.press("ArrowUp");
  await expect(options(page).nth(1)).toHaveAttribute("aria-selected", "true");
  const href = await options(page).nth(1).getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
});

test("Tab stays inside the dialog", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Control+k");
  await combobox(page).fill("dropout");
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
  }
});

test("a result deep-links to its section, and the page lands there", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Control+k");
  await combobox(page).fill("flash attention performance");
  const first = options(page).first();
  await expect(first).toContainText("Performance");
  await expect(first).toHaveAttribute("href", "/entries/flash-attention#performance");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/entries\/flash-attention#performance$/);
  await expect(page.locator("#performance")).toBeInViewport();

  // Straight from a shared link, too.
  await page.goto("/entries/glossary#tensor");
  await expect(page.locator("#tensor")).toBeInViewport();
});

test("results are painted in the same frame as the keystroke", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Control+k");
  await combobox(page).fill("rope");
  await expect(options(page).first()).toContainText("Rotary");
  const sameFrame = await page.evaluate(
    () =>
      new Promise<{ ok: boolean; ms: number }>((resolve) => {
        const input = document.querySelector<HTMLInputElement>("dialog input[role=combobox]")!;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
        const t0 = performance.now();
        setter.call(input, "kv cache");
        input.dispatchEvent(new Event("input", { bubbles: true }));
        // The next animation frame is the one that paints: the results must be in the DOM by then.
        requestAnimationFrame(() => {
          const first = document.querySelector("dialog [role=option]");
          resolve({ ok: !!first && /KV Cache/.test(first.textContent ?? ""), ms: performance.now() - t0 });
        });
      }),
  );
  expect(sameFrame.ok).toBe(true);
});

test("/search?q= shows the query and the full ranked list, with typo correction", async ({ page }) => {
  await page.goto("/search?q=dropuot");
  const input = page.getByRole("searchbox", { name: "Search the encyclopedia" }).last();
  await expect(input).toHaveValue("dropuot");
  const list = page.getByRole("list", { name: "Search results" });
  await expect(list.getByRole("listitem").first().getByRole("link")).toHaveAttribute("href", "/entries/dropout");
  await expect(page.getByText("showing results for")).toContainText("dropout");

  // Typing updates the list and the address.
  await input.fill("decoupled weight decay");
  await expect(list.getByRole("listitem").first()).toContainText("AdamW");
  await expect(page).toHaveURL(/\/search\?q=decoupled\+weight\+decay|\/search\?q=decoupled%20weight%20decay/);
  await list.getByRole("listitem").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/entries\/adamw/);
});

test("the dialog offers a near word when nothing matches; choosing it searches it", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Control+k");
  await combobox(page).fill("normalizatoinn");
  await expect(dialog(page).getByText("Did you mean")).toBeVisible();
  await dialog(page).getByRole("button", { name: "normalization", exact: true }).click();
  await expect(combobox(page)).toHaveValue("normalization");
  await expect(options(page).first()).toBeVisible();
});

test("/search with no query or no results offers suggestions", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("link", { name: "flash att" })).toBeVisible();
  await page.goto("/search?q=trasnformerz");
  await expect(page.getByRole("list", { name: "Search results" }).or(page.getByText("Did you mean"))).toBeVisible();
  // No hits, but a near word: the suggestion is a link that runs that search.
  await page.goto("/search?q=transfromerx");
  await expect(page.getByText("Did you mean")).toBeVisible();
  await page.getByRole("link", { name: "transformer", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=transformer$/);
  await expect(page.getByRole("list", { name: "Search results" })).toContainText("Transformer");
  await page.goto("/search?q=qqqzzzxxx");
  await expect(page.getByText(/No results for/)).toBeVisible();
  await expect(page.getByRole("link", { name: "GQA" })).toBeVisible();
});

test("markup in the query is shown as text: no element, no script", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const q = "<img src=x onerror=alert(1)>";
  await page.goto(`/search?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole("searchbox", { name: "Search the encyclopedia" }).last()).toHaveValue(q);
  await expect(page.locator(".search-page .search-status")).toContainText(q);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The same through the dialog (on any other page; on this one the shortcut focuses the page's box).
  await page.goto("/entries/gelu");
  await page.keyboard.press("Control+k");
  await combobox(page).fill(`${q}<script>alert(2)</script>`);
  await page.waitForTimeout(300);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header search box submits to /search", async ({ page }) => {
    await page.goto("/entries/gelu");
    await page.locator("#search-header").fill("rope");
    await page.locator("#search-header").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=rope$/);
  });
});

test("the search page builds and queries its engine in a worker, not on the main thread", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto("/search?q=layer%20norm");
  await expect(page.locator(".search-hit").first()).toContainText("Layer Normalization");
  expect(workers.length).toBe(1);
  // The main thread never built an engine (loadEngine marks its steps with user timings).
  expect(await page.evaluate(() => performance.getEntriesByName("atlas:search-engine-ready").length)).toBe(0);
  // Typing still answers, a typo included, and a late answer to an older query never replaces a newer one.
  const input = page.locator("#search-page-input");
  await input.fill("rmsnrom");
  await expect(page.locator(".search-status")).toContainText("showing results for");
  await input.fill("adamw");
  await expect(page.locator(".search-hit").first()).toContainText("AdamW");
});

test("the search page is an ordinary page: it hydrates cleanly, keeps the address in step, and the back button restores the query", async ({ page }) => {
  const html = await (await page.request.get("/search?q=layer%20norm")).text();
  // The index is preloaded with the page, not fetched after its scripts have run.
  expect(html).toMatch(/<link[^>]+rel="preload"[^>]+href="\/search\/index\.json"/);
  expect(html).toContain("<noscript>");
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(new URL(w.url()).pathname));
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/search?q=layer%20norm");
  const input = page.locator("#search-page-input");
  await expect(input).toHaveValue("layer norm");
  await expect(page.locator(".search-hit").first()).toContainText("Layer Normalization");
  // Typing replaces the address in place; a submitted query, an example or a suggestion is a new history
  // entry, and the back and forward buttons restore the query of each.
  await input.fill("adamw");
  await expect(page.locator(".search-hit").first()).toContainText("AdamW");
  await expect(page).toHaveURL(/\/search\?q=adamw$/);
  await input.fill("");
  await expect(page).toHaveURL(/\/search$/);
  await page.getByRole("link", { name: "nn.LayerNorm" }).click();
  await expect(page).toHaveURL(/\/search\?q=nn\.LayerNorm$/);
  await expect(input).toHaveValue("nn.LayerNorm");
  await expect(page.locator(".search-hit").first()).toContainText("Layer Normalization");
  await input.fill("gelu");
  await input.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=gelu$/);
  await expect(page.locator(".search-hit").first()).toContainText("GELU");
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=gelu$/); // the typed text had replaced nn.LayerNorm in place
  await page.goBack();
  await expect(page).toHaveURL(/\/search$/);
  await expect(input).toHaveValue("");
  await expect(page.getByRole("link", { name: "flash att" })).toBeVisible();
  await page.goForward();
  await expect(input).toHaveValue("gelu");
  await expect(page.locator(".search-hit").first()).toContainText("GELU");
  expect(workers).toEqual(["/search/worker.js"]);
  // The layout's controls work here as on every page.
  const theme = await page.locator("html").getAttribute("data-theme");
  await page.getByTestId("theme-toggle").click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", theme ?? "");
  // No hydration mismatch or other error.
  expect(errors).toEqual([]);
});

test("on the search page, a shortcut pressed before the page's scripts have run focuses its box with what was typed", async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(new URL(w.url()).pathname));
  await page.goto("/search", { waitUntil: "domcontentloaded" });
  // The engine's worker is started by the page's inline script, without waiting for the framework.
  await expect.poll(() => workers).toEqual(["/search/worker.js"]);
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await page.keyboard.type("gelu");
  expect(await page.evaluate(() => (window as typeof window & { __atlasSearch?: { typed: string } }).__atlasSearch?.typed)).toBe("gelu");
  release();
  const box = page.locator("#search-page-input");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("gelu");
  await expect(page.locator(".search-hit").first()).toContainText("GELU");
  await expect(page).toHaveURL(/\/search\?q=gelu$/);
  expect(await page.evaluate(() => "__atlasSearch" in window)).toBe(false);
  // No dialog on this page: the page's box is the search UI; and the controller took the early worker over.
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect(workers).toEqual(["/search/worker.js"]);
});

test("on the search page, the header box and the shortcuts lead to the page's own box", async ({ page }) => {
  await page.goto("/search?q=dropout");
  const box = page.locator("#search-page-input");
  await expect(page.locator(".search-hit").first()).toContainText("Dropout");
  // Typing in the header's box searches here (elsewhere it opens the dialog).
  await page.locator("#search-header").pressSequentially("gelu");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("gelu");
  await expect(page.locator("#search-header")).toHaveValue("");
  await expect(page.locator(".search-hit").first()).toContainText("GELU");
  await expect(page).toHaveURL(/\/search\?q=gelu$/);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // ⌘K / Ctrl-K and "/" focus the page's box with its text selected.
  await page.locator(".search-hit a").first().focus();
  await page.keyboard.press("Control+k");
  await expect(box).toBeFocused();
  expect(await box.evaluate((i: HTMLInputElement) => [i.selectionStart, i.selectionEnd])).toEqual([0, 4]);
  await page.locator(".search-hit a").first().focus();
  await page.keyboard.press("/");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("gelu");
  // The header box shows the shortcut, as on every page.
  await expect(page.locator(".search-box--header kbd")).toHaveText(/Ctrl K|⌘K/);
  // And the page registers the service worker like every other page.
  await expect(page.locator("html")).toHaveAttribute("data-sw", "registered");
});

test("the search page lists 20 results and the rest on request", async ({ page }) => {
  await page.goto("/search?q=attention");
  const list = page.getByRole("list", { name: "Search results" });
  await expect(page.locator(".search-status")).toContainText("50+ results");
  await expect(list.getByRole("listitem")).toHaveCount(20);
  const more = page.getByRole("button", { name: "Show 30 more results" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(list.getByRole("listitem")).toHaveCount(50);
  await expect(more).toHaveCount(0);
  // Keyboard focus moves on to the first result the button revealed.
  await expect(list.getByRole("listitem").nth(20).getByRole("link")).toBeFocused();
  // A new query lists its first 20 again, and its count is announced by the same live region.
  const status = page.locator(".search-page .search-status");
  await status.evaluate((el) => ((el as HTMLElement).dataset.first = "1"));
  await page.locator("#search-page-input").fill("normalization");
  await expect(list.getByRole("listitem")).toHaveCount(20);
  await expect(status).toContainText("results for");
  await expect(status).toHaveAttribute("data-first", "1");
  await expect(status).toHaveAttribute("aria-live", "polite");
});

test("a section hit's snippet is cut from that section once its text has arrived", async ({ page }) => {
  await page.goto("/search?q=warmup%20steps");
  const hit = page.locator('.search-hit:has(a[href^="/entries/lars#"])').first();
  // At first from the summary, then from the section (fetched by the worker), with the match marked.
  await expect(hit.locator(".search-hit-snippet")).toContainText("polynomial decay");
  await expect(hit.locator(".search-hit-snippet mark").first()).toHaveText(/warmup/i);
});


test("the search page's enhancements and service worker wait until its first results are drawn", async ({ page }) => {
  // Slow index: without the wait, the enhancements would load while the results were still on their way.
  await page.route("**/search/index.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.enhanced !== "true") return;
      (window as { hitsWhenEnhanced?: number }).hitsWhenEnhanced = document.querySelectorAll(".search-hit").length;
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-enhanced"] });
  });
  const started = Date.now();
  await page.goto("/search?q=attention");
  await expect(page.locator("html")).toHaveAttribute("data-enhanced", "true");
  expect(Date.now() - started).toBeGreaterThan(1500);
  expect(await page.evaluate(() => (window as { hitsWhenEnhanced?: number }).hitsWhenEnhanced)).toBe(20);
  await expect(page.locator("html")).toHaveAttribute("data-sw", "registered");
});
