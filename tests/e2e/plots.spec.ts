import { expect, test, type Locator, type Page } from "@playwright/test";

/** Records long tasks (PerformanceObserver "longtask") from page load on. */
async function observeLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: "longtask", buffered: true });
    } catch {
      /* not supported */
    }
  });
}
const resetLongTasks = (page: Page) => page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
async function reportLongTasks(page: Page, what: string) {
  await page.waitForTimeout(150);
  const tasks = await page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);
  const max = tasks.length ? Math.max(...tasks) : 0;
  console.log(`[long tasks] ${what}: count=${tasks.length}, max=${max.toFixed(0)} ms, total=${tasks.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
}

/**
 * Sets a range input to each value in turn as a reader's drag would, timing each update in the page: the input
 * event, React's render, and the style and layout it causes. Prints median and max; asserts only that paths changed.
 */
async function timeSliderInputs(slider: Locator, values: number[], what: string) {
  const { times, changes } = await slider.evaluate(async (el, vals) => {
    const input = el as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const fig = input.closest("figure")!;
    const times: number[] = [];
    let changes = 0;
    for (const v of vals) {
      const before = [...fig.querySelectorAll("path")].map((p) => p.getAttribute("d")).join("|");
      const t0 = performance.now();
      setter.call(input, String(v));
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await Promise.resolve();
      fig.getBoundingClientRect();
      times.push(performance.now() - t0);
      if ([...fig.querySelectorAll("path")].map((p) => p.getAttribute("d")).join("|") !== before) changes++;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return { times, changes };
  }, values);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`[input timing] ${what}: ${times.length} updates, median=${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, max=${sorted[sorted.length - 1]!.toFixed(1)} ms`);
  expect(changes).toBeGreaterThan(times.length / 2);
}
const steps = (min: number, max: number, n = 30) => Array.from({ length: n }, (_, k) => min + ((max - min) * k) / (n - 1));

/** Drags a range input's thumb across its track with the mouse, in small moves (as a reader would). */
async function dragSlider(page: Page, slider: Locator, fromFrac = 0.1, toFrac = 0.9, moves = 40) {
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * fromFrac, y);
  await page.mouse.down();
  for (let k = 1; k <= moves; k++) await page.mouse.move(box.x + box.width * (fromFrac + ((toFrac - fromFrac) * k) / moves), y);
  await page.mouse.up();
}

async function explorer(page: Page, url: string, kind: string) {
  await page.goto(url);
  const fig = page.locator(`figure[data-explorer="${kind}"]`);
  await expect(fig).toHaveCount(1);
  await expect(fig).toHaveAttribute("data-ready", "true");
  return fig;
}

test("activation explorer: a parameter slider changes the plotted path; hover reads out x, f and f′", async ({ page }) => {
  await observeLongTasks(page);
  const fig = await explorer(page, "/entries/elu", "activation");
  // Server-rendered SVG with a description and a labelled plot.
  const svg = fig.locator("svg.plot-svg");
  const describedBy = await svg.getAttribute("aria-describedby");
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText("ELU");
  const elu = fig.locator('path[data-series="0-elu-f"]');
  const before = await elu.getAttribute("d");
  expect(before).toMatch(/^M/);
  const alpha = fig.getByLabel("ELU: α");
  await alpha.fill("2.5");
  await expect(elu).not.toHaveAttribute("d", before!);

  // Keyboard: arrow keys move the slider and the curve again.
  const afterFill = await elu.getAttribute("d");
  await alpha.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(elu).not.toHaveAttribute("d", afterFill!);

  // Hover readout.
  const readout = fig.getByTestId("readout");
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
  await expect(readout).toContainText("f′ =");
  const text1 = await readout.textContent();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await expect(readout).not.toHaveText(text1!);

  // A smooth drag of the parameter slider: long tasks are printed, not asserted.
  await resetLongTasks(page);
  await dragSlider(page, alpha);
  await reportLongTasks(page, "activation explorer, dragging ELU α");
  await timeSliderInputs(alpha, steps(0.1, 3), "activation explorer, ELU α");
});

test("activation explorer: overlays up to three functions and shows a data table", async ({ page }) => {
  const fig = await explorer(page, "/entries/gelu", "activation");
  await expect(fig.locator("path.plot-line")).toHaveCount(6); // 3 functions × (f, f′)
  await fig.getByLabel("Show derivative").uncheck();
  await expect(fig.locator("path.plot-line")).toHaveCount(3);
  await fig.getByLabel("Compare with (2)").selectOption("none");
  await expect(fig.locator("path.plot-line")).toHaveCount(2);
  const toggle = fig.getByRole("button", { name: "Show data table" });
  await toggle.click();
  await expect(fig.getByRole("button", { name: "Hide data table" })).toHaveAttribute("aria-expanded", "true");
  const table = fig.locator("table");
  await expect(table.locator("tbody tr")).toHaveCount(21);
  // GELU(1) = 0.841345 appears in the row for x = 1 (rounded to 4 digits).
  await expect(table.locator("tbody tr", { has: page.locator("th", { hasText: /^1$/ }) })).toContainText("0.8413");
});

test("schedule explorer: a slider changes the learning-rate path; readout follows PyTorch's cosine", async ({ page }) => {
  await observeLongTasks(page);
  const fig = await explorer(page, "/entries/cosine-annealing-lr", "schedule");
  const line = fig.locator('path[data-series="cosine"]');
  const before = await line.getAttribute("d");
  await fig.getByLabel("Cosine T_max").fill("40");
  await expect(line).not.toHaveAttribute("d", before!);
  await fig.getByLabel("Readout at step").fill("20");
  // T_max = 40, base 0.1, eta_min 0: lr(20) = 0.1 · (1 + cos(π/2)) / 2 = 0.05
  await expect(fig.getByTestId("readout")).toContainText("step 20: learning rate 0.05");

  await fig.getByLabel("Schedule", { exact: true }).selectOption("onecycle");
  const oc = fig.locator('path[data-series="onecycle"]');
  await expect(oc).toHaveCount(1);
  await resetLongTasks(page);
  await dragSlider(page, fig.getByLabel("OneCycle pct_start"));
  await reportLongTasks(page, "schedule explorer, dragging OneCycle pct_start");
  await timeSliderInputs(fig.getByLabel("OneCycle pct_start"), steps(0.05, 0.95), "schedule explorer, OneCycle pct_start");
});

test("schedule explorer: ReduceLROnPlateau shows the simulated metric and reductions", async ({ page }) => {
  const fig = await explorer(page, "/entries/reduce-lr-on-plateau", "schedule");
  await expect(fig.locator("svg.plot-svg")).toHaveCount(2);
  await expect(fig.locator("line.plot-event").first()).toBeAttached();
  const lr = fig.locator('path[data-series="plateau"]');
  const before = await lr.getAttribute("d");
  await fig.getByLabel("Plateau patience").fill("15");
  await expect(lr).not.toHaveAttribute("d", before!);
});

test("attention-mask explorer: clicking a query row highlights what it attends to", async ({ page }) => {
  await observeLongTasks(page);
  const fig = await explorer(page, "/entries/sliding-window-attention", "attention-mask");
  const grid = fig.locator("svg.plot-mask");
  await expect(fig.locator("path.mask-row-keys")).toHaveCount(0);
  await expect(fig.getByTestId("readout")).toContainText("74 of n² = 256 pairs");
  // n = 16: cells of (360 − 30)/16 view units, starting at 26. Click the middle of row 5, column 9.
  await grid.scrollIntoViewIfNeeded();
  const box = (await grid.boundingBox())!;
  const k = box.width / 360;
  const cell = (360 - 30) / 16;
  await page.mouse.click(box.x + (26 + 9.5 * cell) * k, box.y + (26 + 5.5 * cell) * k);
  const keys = fig.locator("path.mask-row-keys");
  await expect(keys).toHaveAttribute("data-row", "5");
  await expect(grid).toHaveAttribute("data-query-row", "5");
  await expect(fig.getByTestId("readout")).toContainText("query 5 → 5 keys: 3–7");
  // A different row moves the highlight.
  await page.mouse.click(box.x + (26 + 2 * cell) * k, box.y + (26 + 12.5 * cell) * k);
  await expect(keys).toHaveAttribute("data-row", "12");

  // The window slider changes the count.
  await fig.getByLabel("Window w (each side)").fill("4");
  await expect(fig.getByTestId("readout")).toContainText("of n² = 256 pairs");
  await expect(fig.getByTestId("readout")).not.toContainText("74 of");

  await resetLongTasks(page);
  await dragSlider(page, fig.getByLabel("Sequence length n"));
  await reportLongTasks(page, "attention-mask explorer, dragging n");
  await timeSliderInputs(fig.getByLabel("Sequence length n"), steps(4, 64, 61), "attention-mask explorer, n");
});

test("optimizer race: Step advances the trails; play and pause; reset", async ({ page }) => {
  await observeLongTasks(page);
  const fig = await explorer(page, "/entries/adam", "optimizer-race");
  const adam = fig.locator('path.plot-trail[data-optimizer="adam"]');
  await expect(adam).toHaveAttribute("data-points", "1");
  const d0 = await adam.getAttribute("d");
  await fig.getByRole("button", { name: "Step" }).click();
  await expect(adam).toHaveAttribute("data-points", "2");
  await expect(adam).not.toHaveAttribute("d", d0!);
  await fig.getByRole("button", { name: "Step" }).click();
  await expect(adam).toHaveAttribute("data-points", "3");
  await expect(fig.locator(".plot-step")).toHaveText("step 2 / 500");

  await resetLongTasks(page);
  await fig.getByRole("button", { name: "Play" }).click();
  await page.waitForTimeout(700);
  await fig.getByRole("button", { name: "Pause" }).click();
  const n = Number(await adam.getAttribute("data-points"));
  expect(n).toBeGreaterThan(3);
  await reportLongTasks(page, "optimizer race, 0.7 s of playback");

  await fig.getByRole("button", { name: "Reset" }).click();
  await expect(adam).toHaveAttribute("data-points", "1");

  // The learning-rate slider redraws the trails at the current step: the first step lands elsewhere.
  await fig.getByRole("button", { name: "Step" }).click();
  const d1 = await adam.getAttribute("d");
  await fig.getByLabel("Learning rate").fill("0.5");
  await expect(adam).not.toHaveAttribute("d", d1!);
  await expect(adam).toHaveAttribute("data-points", "2");

  await resetLongTasks(page);
  await dragSlider(page, fig.getByLabel("Learning rate"));
  await reportLongTasks(page, "optimizer race, dragging the learning rate");
  for (let k = 0; k < 5; k++) await fig.getByRole("button", { name: "Step" }).click();
  await timeSliderInputs(fig.getByLabel("Learning rate"), steps(-1, 1, 41), "optimizer race, learning rate (4 optimizers × 500 steps recomputed)");
});

test("optimizer race honours reduced motion: no animation, 'Run all steps' jumps to the end", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const fig = await explorer(page, "/entries/sgd", "optimizer-race");
  await expect(fig.getByRole("button", { name: "Play" })).toHaveCount(0);
  await fig.getByRole("button", { name: "Run all steps" }).click();
  await expect(fig.locator("svg.plot-race")).toHaveAttribute("data-step", "500");
});

test("loss explorer: the Huber δ slider changes the path", async ({ page }) => {
  await observeLongTasks(page);
  const fig = await explorer(page, "/entries/huber-loss", "loss");
  const huber = fig.locator('path[data-series="huber"]');
  const before = await huber.getAttribute("d");
  await fig.getByLabel("Huber δ").fill("0.3");
  await expect(huber).not.toHaveAttribute("d", before!);
  await fig.getByLabel("Family").selectOption("classification");
  await expect(fig.locator('path[data-series="focal"]')).toHaveCount(1);
  await resetLongTasks(page);
  await dragSlider(page, fig.getByLabel("focal γ"));
  await reportLongTasks(page, "loss explorer, dragging focal γ");
  await timeSliderInputs(fig.getByLabel("focal γ"), steps(0, 5), "loss explorer, focal γ");
});

test("explorers follow the dark theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  const fig = await explorer(page, "/entries/mse-loss", "loss");
  const light = await fig.evaluate((el) => getComputedStyle(el).backgroundColor);
  const lineLight = await fig.locator("path.plot-line").first().evaluate((el) => getComputedStyle(el).stroke);
  await page.getByTestId("theme-toggle").click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const dark = await fig.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(dark).not.toBe(light);
  expect(await fig.locator("path.plot-line").first().evaluate((el) => getComputedStyle(el).stroke)).not.toBe(lineLight);
});

/**
 * Loads a page and returns the bodies of every JavaScript and CSS file it requested, once `ready` is
 * there: lazy chunks are requested during hydration, which on a busy machine can end after the network
 * has gone idle.
 */
async function requestedAssets(page: Page, url: string, ready: string) {
  const js: { url: string; body: string }[] = [];
  const css: { url: string; body: string }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (r) => {
    const u = r.url();
    if (u.endsWith(".js") || u.endsWith(".css"))
      pending.push(
        r.text().then(
          (body) => void (u.endsWith(".js") ? js : css).push({ url: u, body }),
          () => undefined,
        ),
      );
  });
  await page.goto(url);
  await expect(page.locator(ready).first()).toBeAttached({ timeout: 20_000 });
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  return { js, css };
}

test("explorer code loads only on pages that use it", async ({ page, browser }) => {
  // Every explorer chunk contains the data-table button text; the plots stylesheet contains .plot-explorer.
  const bert = await requestedAssets(page, "/entries/bert", 'html[data-enhanced="true"]');
  expect(bert.js.length).toBeGreaterThan(0);
  const leaked = bert.js.filter((a) => a.body.includes("Show data table")).map((a) => a.url);
  console.log(`[chunks] /entries/bert requested ${bert.js.length} JS files; explorer chunks among them: ${leaked.length}`);
  expect(leaked).toEqual([]);
  expect(bert.css.filter((a) => a.body.includes(".plot-explorer"))).toEqual([]);

  // Positive control: the GELU page loads the activation explorer and no other explorer.
  const other = await browser.newPage();
  const gelu = await requestedAssets(other, "/entries/gelu", '[data-explorer][data-ready="true"]');
  const explorerChunks = gelu.js.filter((a) => a.body.includes("Show data table"));
  console.log(`[chunks] /entries/gelu requested ${gelu.js.length} JS files; explorer chunks: ${explorerChunks.map((a) => a.url.split("/").pop()).join(", ")}`);
  expect(explorerChunks).toHaveLength(1);
  expect(explorerChunks[0]!.body).toContain("1.0507009873554805"); // SELU's λ: the activation maths
  expect(explorerChunks[0]!.body).not.toContain("Rosenbrock"); // the optimizer race is not in it
  await other.close();
});
