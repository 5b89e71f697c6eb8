import { expect, test } from "@playwright/test";

test.use({ serviceWorkers: "allow" });

test("a visited page reads offline; an unvisited one shows the offline page", async ({ page, context }) => {
  await page.goto("/entries/dropout");
  await expect(page.locator("html")).toHaveAttribute("data-sw", "registered");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Once the worker controls the page, a visit saves it.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.goto("/entries/layer-normalization");
  await expect(page.locator("h1")).toHaveText("Layer Normalization");

  await context.setOffline(true);
  await page.goto("/entries/layer-normalization");
  await expect(page.locator("h1")).toHaveText("Layer Normalization");
  await expect(page.locator("#the-math")).toBeVisible();

  await page.goto("/entries/focal-loss");
  await expect(page.locator("[data-offline-page] h1")).toHaveText("You are offline");
  await expect(page.getByRole("link", { name: "/entries/layer-normalization" })).toBeVisible();
  await context.setOffline(false);
});

test("every cache belongs to the current build", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const version = await (await page.request.get("/sw.js")).text().then((s) => /const VERSION = "([0-9a-f]+)"/.exec(s)?.[1]);
  expect(version).toMatch(/^[0-9a-f]{16}$/);
  // A cache left by an older build is deleted when a new worker activates (a new script URL installs
  // one, as a deploy's changed sw.js would).
  await page.evaluate(() => caches.open("pages-0000000000000000").then((c) => c.put("/stale", new Response("old"))));
  await page.evaluate(() => navigator.serviceWorker.register("/sw.js?deploy=2"));
  await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain("pages-0000000000000000");
  const keys = await page.evaluate(() => caches.keys());
  expect(keys.length).toBeGreaterThan(0);
  for (const k of keys) expect(k.endsWith(`-${version}`)).toBe(true);
});
