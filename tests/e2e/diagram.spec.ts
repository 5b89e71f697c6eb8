import { expect, test } from "@playwright/test";

test("a box diagram is drawn as SVG with real text, titles and labelled boxes", async ({ page }) => {
  await page.goto("/entries/bert");
  const svg = page.locator("figure.diagram-drawn svg.diagram-svg").first();
  await expect(svg).toBeVisible();
  await expect(svg.locator("text", { hasText: "BERT ARCHITECTURE" })).toHaveCount(1);
  await expect(svg.locator("g.d-box[aria-label='EMBEDDING LAYER'] > title")).toHaveText(/EMBEDDING LAYER/);
  // Nothing is lost: every word of the source appears as SVG text.
  const source = await page.locator("figure.diagram-drawn .diagram-source pre").first().textContent();
  const drawn = (await svg.locator("text").allTextContents()).join(" ");
  for (const word of ["Token", "Position", "Segment", "[768-dim]", "(bidirectional", "[Add", "Norm]"]) {
    expect(source).toContain(word);
    expect(drawn).toContain(word);
  }
});

test("hovering and focusing a box highlights it and shows its target; clicking opens the entry", async ({ page }) => {
  await page.goto("/entries/bert");
  const box = page.locator("g.d-box.d-linked#diagram-12-embedding-layer");
  const link = box.locator("a").first();
  await link.hover();
  await expect(page.locator("figure.diagram-drawn .diagram-status").first()).toContainText("Embedding Layer");
  const highlighted = await box.evaluate((el) => getComputedStyle(el.querySelector("rect")!).strokeWidth);
  await page.mouse.move(1, 1);
  const normal = await box.evaluate((el) => getComputedStyle(el.querySelector("rect")!).strokeWidth);
  expect(highlighted).not.toBe(normal);

  await link.focus();
  await expect(link).toBeFocused();
  await expect(page.locator("figure.diagram-drawn .diagram-status").first()).toContainText("Embedding Layer");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/entries\/embedding-layer$/);
});

test("zoom buttons scale the diagram and view source shows the original text", async ({ page }) => {
  await page.goto("/entries/bert");
  const figure = page.locator("figure.diagram-drawn").first();
  const zoom = figure.locator(".diagram-zoom");
  await expect(zoom).toHaveText("100%");
  const before = await figure.locator("svg.diagram-svg").boundingBox();
  await figure.getByRole("button", { name: "Zoom in" }).click();
  await expect(zoom).not.toHaveText("100%");
  const after = await figure.locator("svg.diagram-svg").boundingBox();
  expect(after!.width).toBeGreaterThan(before!.width);
  await figure.getByRole("button", { name: "Reset zoom to 100%" }).click();
  await expect(zoom).toHaveText("100%");

  const source = figure.locator(".diagram-source pre");
  await expect(source).toBeHidden();
  await figure.getByText("View source").click();
  await expect(source).toBeVisible();
  await expect(source).toContainText("┌");
});

test("a link to one box of one diagram lands on it", async ({ page }) => {
  await page.goto("/entries/bert#diagram-12-embedding-layer");
  await expect(page.locator("#diagram-12-embedding-layer")).toBeInViewport();
});
