import path from "node:path";
import { expect, test } from "@playwright/test";
import { blockHash, outputsFile, pythonBlocks, readCodeOutputs } from "../../lib/content/code-runs";
import { loadContent } from "../../lib/content/load";

/**
 * What a reader copies is what the site ran: under each python block, the page shows the output that
 * block printed when run alone on PyTorch (matched by the hash of the code text as displayed), or why
 * it is not run.
 */
const entries = loadContent().entries.map((e) => ({ slug: e.slug, blocks: pythonBlocks(e.file, e.body, e.bodyLine), outputs: readCodeOutputs(outputsFile(path.resolve("content/outputs"), e.slug)) }));
const withRuns = entries.filter((e) => e.blocks.some((b) => b.mode.run));
// A training loop, a normalization layer, attention, a library rewritten in plain PyTorch, F.scaled_dot_product_attention.
const sample = ["adamw", "layer-normalization", "multi-head-attention", "gcn", "grouped-query-attention"].map((s) => {
  const entry = withRuns.find((e) => e.slug === s);
  if (!entry) throw new Error(`code.spec: ${s} has no runnable python block`);
  return entry;
});
const withNoRun = entries.find((e) => e.blocks.some((b) => !b.mode.run));

for (const entry of sample) {
  test(`${entry.slug}: every python block shows the output of exactly the code displayed`, async ({ page }) => {
    await page.goto(`/entries/${entry.slug}`);
    const figures = page.locator('.code-figure:has(pre[data-language="python"])');
    await expect(figures).toHaveCount(entry.blocks.length);
    for (let i = 0; i < entry.blocks.length; i++) {
      const figure = figures.nth(i);
      const code = (await figure.locator("pre").textContent()) ?? "";
      const panel = figure.locator("xpath=following-sibling::*[1]");
      if (!entry.blocks[i]!.mode.run) {
        await expect(panel).toHaveClass(/code-run--no-run/);
        continue;
      }
      const committed = entry.outputs!.blocks.find((b) => b.hash === blockHash(code));
      expect(committed, `block ${i + 1} of ${entry.slug}: the displayed code has a committed output`).toBeDefined();
      await expect(panel).toHaveClass(/code-run--output/);
      await expect(panel.locator("figcaption")).toContainText(`Output`);
      await expect(panel.locator("figcaption")).toContainText(`PyTorch ${entry.outputs!.torch} (CPU)`);
      expect(await panel.locator("samp").textContent()).toBe(committed!.stdout);
    }
  });
}

test("a block that cannot run here says why, next to the code", async ({ page }) => {
  expect(withNoRun, "some entry has a no-run block").toBeDefined();
  const block = withNoRun!.blocks.find((b) => !b.mode.run)!;
  await page.goto(`/entries/${withNoRun!.slug}`);
  const reason = block.mode.run ? "" : block.mode.reason;
  const note = page.locator(".code-run--no-run", { hasText: reason });
  await expect(note).toBeVisible();
  await expect(note).toContainText("Not run");
  await expect(note.locator("xpath=preceding-sibling::*[1]")).toHaveClass(/code-figure/);
});
