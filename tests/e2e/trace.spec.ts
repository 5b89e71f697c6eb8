import { expect, test, type Page } from "@playwright/test";

/**
 * "What the code builds": the traced model diagrams drawn at build time under a python block
 * (lib/trace, components/trace). The SVG is in the static HTML; the page's small script adds the
 * details on hover and focus, the highlighted line of code, and opening and closing modules.
 */

async function ready(page: Page, slug: string) {
  await page.goto(`/entries/${slug}`);
  await expect(page.locator("html")).toHaveAttribute("data-trace-ready", "true");
}

test("the diagram is drawn in the static HTML, with shapes on its edges and links on its nodes", async ({ request }) => {
  const html = await (await request.get("/entries/multi-head-attention")).text();
  const figure = html.match(/<figure class="trace-figure"[\s\S]*?<\/figure>/)?.[0] ?? "";
  expect(figure).toContain("What the code builds");
  expect(figure).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="trace-svg"');
  expect(figure).toMatch(/<text class="trace-shape"[^>]*>2×8×10×10<\/text>/);
  expect(figure).toContain('<a href="/entries/softmax" class="trace-link"');
  expect(html).toMatch(/<script[^>]+src="\/trace\/trace\.js"/);
});

test("a page without a traced diagram loads none of its script or stylesheet", async ({ request }) => {
  const html = await (await request.get("/entries/glossary")).text();
  expect(html).not.toContain("trace-figure");
  expect(html).not.toMatch(/\/trace\/trace\.(js|css)/);
});

test("hovering a step shows its shape and dtype, and highlights the line of code it came from", async ({ page }) => {
  await ready(page, "multi-head-attention");
  const figure = page.locator(".trace-figure").first();
  const softmax = figure.locator('[data-node][data-label="softmax"]');
  await softmax.hover();
  const tip = figure.locator(".trace-tooltip");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("softmax");
  await expect(tip).toContainText("out: 2×8×10×10 float32");
  await expect(tip).toContainText(/line \d+ of the code above/);
  const line = Number((await softmax.getAttribute("data-lines"))!.split(" ")[0]);
  const hit = page.locator(".code-figure .line.trace-line-hit");
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText("softmax");
  const rows = page.locator(".code-figure").first().locator("pre code .line");
  await expect(rows.nth(line - 1)).toHaveClass(/trace-line-hit/);
  // An edge says which tensor it carries.
  await figure.locator('[data-edge][data-shape="2×10×1536"]').first().locator("text").hover();
  await expect(tip).toContainText("2×10×1536");
  await expect(tip).toContainText("float32");
  // Leaving the figure clears both.
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await expect(hit).toHaveCount(0);
});

test("a step is reachable from the keyboard, and focus shows its details", async ({ page }) => {
  await ready(page, "layer-normalization");
  const node = page.locator(".trace-figure [data-node][data-kind='input']").first();
  await node.focus();
  await expect(page.locator(".trace-figure .trace-tooltip").first()).toContainText("out: ");
});

test("a model's steps are one tab stop; the arrow keys walk them in reading order", async ({ page }) => {
  await ready(page, "multi-head-attention");
  const svg = page.locator(".trace-figure svg.trace-svg").first();
  const stops = () => svg.evaluate((s) => [...s.querySelectorAll("g[data-node][tabindex='0']")].length);
  expect(await stops()).toBe(1);
  // The stop starts on the first step in reading order: an input (here the mask, left of the query).
  const start = svg.locator("g[data-node][tabindex='0']");
  await expect(start).toHaveAttribute("data-kind", "input");
  await start.focus();
  const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest("a")?.querySelector<HTMLElement>("[data-node]")?.dataset.label ?? (document.activeElement as HTMLElement | null)?.dataset.label);
  const seen = [await focusedLabel()];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("ArrowDown");
    seen.push(await focusedLabel());
  }
  expect(new Set(seen).size).toBe(5);
  expect(await stops()).toBe(1);
  await page.keyboard.press("Home");
  expect(await focusedLabel()).toBe(seen[0]);
  await page.keyboard.press("End");
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).closest("[data-kind='output'], a, g[data-node]") !== null)).toBe(true);
  // The tooltip follows focus.
  await expect(page.locator(".trace-figure .trace-tooltip").first()).toBeVisible();
});

test("clicking a linked node lands on its entry", async ({ page }) => {
  await ready(page, "multi-head-attention");
  await page.locator('.trace-figure a.trace-link[href="/entries/softmax"]').first().click();
  await expect(page).toHaveURL(/\/entries\/softmax$/);
  await expect(page.locator("h1")).toContainText("Softmax");
});

test("a module closes and opens again", async ({ page }) => {
  await ready(page, "gpt");
  const figure = page.locator(".trace-figure").first();
  const block = figure.locator('[data-toggle][aria-label^="Close TransformerBlock"]');
  await expect(block).toHaveAttribute("aria-expanded", "true");
  const inside = figure.locator('[data-node][data-label="MultiheadAttention"]');
  await expect(inside).toHaveCount(1);
  await block.click();
  const closed = figure.locator('[data-toggle][aria-label^="Open TransformerBlock"]');
  await expect(closed).toHaveAttribute("aria-expanded", "false");
  await expect(inside).toHaveCount(0);
  await expect(figure.locator('[data-node][data-label="TransformerBlock ×2"]')).toHaveAttribute("data-ops", /multi_head_attention_forward/);
  // From the keyboard: focus stays on the toggle, Enter opens it again.
  await expect(closed).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(figure.locator('[data-toggle][aria-label^="Close TransformerBlock"]')).toHaveAttribute("aria-expanded", "true");
  await expect(inside).toHaveCount(1);
  // A PyTorch layer opens to show its own steps.
  await figure.locator('[data-toggle][aria-label="Open MultiheadAttention (attn)"]').click();
  await expect(figure.locator('[data-node][data-label="multi_head_attention_forward"]')).toHaveCount(1);
});

for (const slug of ["multi-head-attention", "gpt", "resnet"]) {
  test(`${slug}: nothing is clipped at 390 px; the diagram scrolls inside its box`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await ready(page, slug);
    // (The page's own width is other specs' business: KaTeX's hidden MathML is measured wider on some entries.)
    const figures = page.locator(".trace-figure");
    expect(await figures.count()).toBeGreaterThan(0);
    for (const f of await figures.all()) {
      const box = (await f.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      for (const scroll of await f.locator(".trace-scroll").all()) {
        // The whole drawing is reachable: the scroll box's content is at least the SVG's size.
        const { sw, svgW, cw } = await scroll.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, svgW: el.querySelector("svg")!.getBoundingClientRect().width }));
        expect(sw).toBeGreaterThanOrEqual(Math.floor(svgW));
        expect(cw).toBeLessThanOrEqual(390);
      }
    }
  });
}
