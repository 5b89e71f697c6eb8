import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { measureFormulas, type FormulaReport } from "./measure";

/**
 * Every formula of every entry, as Chromium draws it on the production build: sub- and superscripts
 * smaller than their base (they print full size when KaTeX's stylesheet and markup disagree, as with
 * two KaTeX versions in the tree), and no formula wider than the article's column unless it sits in a
 * box that scrolls sideways and shows it. One page per shard loads each entry in turn and measures it
 * in one evaluate; the shards run in parallel on the workers.
 */
const outEntries = path.join(process.cwd(), "out/entries");
const withMath = readdirSync(outEntries)
  .filter((f) => f.endsWith(".html"))
  .filter((f) => readFileSync(path.join(outEntries, f), "utf8").includes('class="katex"'))
  .map((f) => f.replace(/\.html$/, ""))
  .sort();

const SHARDS = 4;

test("the build has pages with math to measure", () => {
  expect(withMath.length).toBeGreaterThan(200);
});

for (let shard = 0; shard < SHARDS; shard++) {
  const slugs = withMath.filter((_, i) => i % SHARDS === shard);
  test(`every formula draws its scripts smaller and fits its column, at 390 px (entries ${shard + 1}/${SHARDS})`, async ({ browser }) => {
    test.setTimeout(300_000);
    // The formulas are static markup: the page's own scripts change nothing measured here, and skipping
    // them makes each load cheap.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const totals = { formulas: 0, withScripts: 0, scripts: 0, fullSize: 0 };
    for (const slug of slugs) {
      await page.goto(`/entries/${slug}`, { waitUntil: "load" });
      const r: FormulaReport = await page.evaluate(measureFormulas);
      totals.formulas += r.formulas;
      totals.withScripts += r.withScripts;
      totals.scripts += r.scripts;
      totals.fullSize += r.fullSize;
      for (const p of r.problems) problems.push(`${slug}: ${p}`);
    }
    await context.close();
    console.log(`math ${shard + 1}/${SHARDS}: ${slugs.length} entries, ${totals.formulas} formulas, ${totals.withScripts} with scripts (${totals.scripts} script boxes), ${totals.fullSize} drawn with full-size scripts, ${problems.length} problems`);
    expect(totals.withScripts, "formulas with sub/superscripts were found").toBeGreaterThan(0);
    expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
  });
}
