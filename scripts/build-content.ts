/**
 * The content build, run before `next build`: loads and validates every file, compiles all MDX (filling
 * the on-disk cache that the pages then read), and checks Python blocks, diagram boxes and every link.
 * Any problem stops the build with the file, line and field named. Then it writes the build-time
 * assets the pages fetch: hover-preview JSON and share images.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { runContentChecks } from "../lib/build/content-checks";
import { diagramLinkReport } from "../lib/build/diagram-links";
import { buildPreviews } from "../lib/build/previews";
import { sitemapPages, sitemapXml } from "../lib/build/sitemap";
import { getRegistry } from "../lib/content";
import { siteUrl } from "../lib/site";
import { writeShareImages } from "./share-images";

const root = process.cwd();
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const report = await runContentChecks(root);
for (const w of report.warnings) console.warn(`warning: ${w}`);
if (report.errors.length) {
  console.error(`\nContent build failed with ${report.errors.length} problem(s):`);
  for (const e of report.errors) console.error(`  ✗ ${e}`);
  process.exit(1);
}
console.log(`content: ${report.entries} entries, ${report.categories} categories, ${report.pythonBlocks} python blocks, ${report.diagrams} diagrams, ${report.flowcharts} flowcharts, ${report.links} links checked (${seconds()}s)`);

const registry = getRegistry();
// Boxes that name no entry stay plain; the count is reported, never an error.
const boxes = diagramLinkReport(registry);
console.log(
  `diagram boxes: ${boxes.linked} of ${boxes.boxes} link to an entry, ${boxes.boxes - boxes.linked} unlinked (most frequent: ${boxes.unlinked
    .slice(0, 5)
    .map(([label, n]) => `"${label}" ×${n}`)
    .join(", ")})`,
);
const previewsDir = path.join(root, "public/previews");
rmSync(previewsDir, { recursive: true, force: true });
mkdirSync(previewsDir, { recursive: true });
for (const p of buildPreviews(registry)) writeFileSync(path.join(previewsDir, `${p.slug}.json`), JSON.stringify(p));
console.log(`previews: ${registry.entries.length} files in public/previews (${seconds()}s)`);

// /compare loads these two at a time: category, facts, summary, problems and the compared sections.
console.log(`${await (await import("./build-compare-data")).buildCompareData(root, registry)} (${seconds()}s)`);

// The sitemap lists absolute URLs: written only when the build knows where the site is published.
const sitemapFile = path.join(root, "public/sitemap.xml");
if (siteUrl) {
  writeFileSync(sitemapFile, sitemapXml(siteUrl, sitemapPages(registry)));
  console.log(`sitemap: public/sitemap.xml for ${siteUrl}`);
} else {
  rmSync(sitemapFile, { force: true });
  console.log("sitemap: none (SITE_URL is not set: canonical URLs, share-card URLs and the sitemap are left out; citations use the page's own address)");
}

const cards = registry.entries.map((e) => ({ slug: e.slug, title: e.title, category: registry.category(e.category)!.title, summary: e.summary, maturity: e.maturity }));
const og = await writeShareImages(cards, path.join(root, "public/og"), path.join(root, ".cache/og"));
console.log(`share images: ${og.rendered} rendered, ${og.cached} from cache (${seconds()}s)`);

// KaTeX's stylesheet and fonts are served as static files and linked only by pages that have math.
const katexDist = path.join(root, "node_modules/katex/dist");
rmSync(path.join(root, "public/katex"), { recursive: true, force: true });
cpSync(path.join(katexDist, "katex.min.css"), path.join(root, "public/katex/katex.min.css"));
cpSync(path.join(katexDist, "fonts"), path.join(root, "public/katex/fonts"), { recursive: true, filter: (f) => !/\.(ttf|woff)$/.test(f) });
console.log(`katex: stylesheet and woff2 fonts copied to public/katex (${seconds()}s)`);

// Traced model diagrams: the figures are static SVG in the pages; these serve their behaviour, only on
// pages that have one (components/trace): the script, its stylesheet, elkjs's worker for redrawing a
// model when a reader opens or closes a module, and each entry's traces.
await (await import("./build-trace-assets")).buildTraceAssets(root);
console.log(`trace: script, stylesheet, elk worker and trace data in public/trace (${seconds()}s)`);

// Open data: /entries/<slug>.md, /llms.txt, /llms-full.txt, /data/entries.json and its schema.
console.log(`${(await import("./build-open-data")).buildOpenData(root, registry)} (${seconds()}s)`);

// Search: public/search/index.json and per-entry text shards (scripts/build-search-index.ts).
await (await import("./build-search-index")).buildSearchIndex(root);
