import { expect, test } from "@playwright/test";

test("an entry links its papers to their arXiv abstract pages, in the Papers section and the References list", async ({ page }) => {
  await page.goto("/entries/adamw");
  // The body's Papers section (h2#papers up to the next h2).
  const papersItem = page.locator('h2#papers + ul li:has-text("Decoupled Weight Decay Regularization")');
  await expect(papersItem.locator('a[href="https://arxiv.org/abs/1711.05101"]')).toHaveText("arXiv:1711.05101");
  // The References list in the entry's footer.
  const refs = page.locator("a.reference-id[href='https://arxiv.org/abs/1711.05101']");
  expect(await refs.count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator("a.reference-id[href='https://arxiv.org/abs/1412.6980']").first()).toHaveText("arXiv:1412.6980");
});

test("the per-paper BibTeX carries the full author list and the arXiv eprint", async ({ page }) => {
  await page.goto("/entries/adamw");
  const html = await page.content();
  expect(html).toContain("eprint = {1711.05101}");
  expect(html).toContain("archivePrefix = {arXiv}");
  expect(html).toMatch(/author = \{Ilya Loshchilov and Frank Hutter\}/);
});
