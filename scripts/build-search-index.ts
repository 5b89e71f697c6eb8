/**
 * Writes the search index (public/search/index.json) and the per-entry text shards
 * (public/search/text/<slug>.json) from the content. Called at the end of scripts/build-content.ts,
 * after the content checks compiled every page (so the compiled tables of contents are cached), or
 * on its own: `npx tsx scripts/build-search-index.ts`.
 *
 * Sections come from the compiler's reading of each page (lib/mdx/structure.ts): the index links to
 * `/entries/<slug>#<id>` with the page's own heading ids.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { loadContent } from "../lib/content/load";
import { buildRegistry } from "../lib/content/registry";
import { searchSources } from "../lib/build/search-source";
import { buildBacklinks } from "../lib/links/graph";
import { buildSearchData, type BuiltSearch } from "../lib/search/extract";
import { decodeEntries } from "../lib/search/format";
import { bundleStaticScripts } from "./bundle-static";

/** The gzipped index should stay under this (it is fetched when search is first used). */
export const INDEX_BUDGET_GZ = 60 * 1024;

export interface SearchIndexReport {
  entries: number;
  sections: number;
  rawBytes: number;
  gzBytes: number;
  shardBytes: number;
}

/**
 * Builds the search data from the content under `root` (no writing). Sections come from the compiler's
 * reading of each page; every entry is also compiled (served from the compile cache after a build)
 * for its links: how many entries point to each one (a link in their text or a "related" entry,
 * lib/links' backlink graph) is stored in the index and orders results that score the same.
 */
export async function buildFromContent(root: string): Promise<BuiltSearch> {
  const { compileSource } = await import("../lib/mdx");
  const registry = buildRegistry(loadContent(root));
  const pages: { slug: string; links: { url: string }[] }[] = [];
  for (const entry of registry.entries) {
    const c = await compileSource(entry, entry.slug, registry);
    // Links in the text, and the entries it lists as related: both point a reader to that entry.
    pages.push({ slug: entry.slug, links: [...c.links, ...entry.related.map((r) => ({ url: `/entries/${r}` }))] });
  }
  const inlinks = new Map([...buildBacklinks(pages)].map(([slug, from]) => [slug, from.length]));
  return buildSearchData(searchSources(registry), registry.categories, { inlinks });
}

export async function buildSearchIndex(root: string = process.cwd(), options: { quiet?: boolean } = {}): Promise<SearchIndexReport> {
  const built = await buildFromContent(root);
  const outDir = path.join(root, "public", "search");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "text"), { recursive: true });
  const json = JSON.stringify(built.data);
  writeFileSync(path.join(outDir, "index.json"), json);
  // The search page's engine worker: a static script of its own (a worker is not a Next chunk), started
  // by the page's controller as soon as its code runs (components/search/SearchPage.tsx).
  const { worker: workerBytes = 0 } = await bundleStaticScripts(root, outDir, [{ in: "components/search/runtime/worker.ts", out: "worker" }]);
  let shardBytes = 0;
  for (const shard of built.shards) {
    const s = JSON.stringify(shard);
    shardBytes += s.length;
    writeFileSync(path.join(outDir, "text", `${shard.slug}.json`), s);
  }
  const report: SearchIndexReport = {
    entries: built.data.entries.length,
    sections: decodeEntries(built.data).reduce((n, e) => n + e.sections.length, 0),
    rawBytes: Buffer.byteLength(json),
    gzBytes: gzipSync(json, { level: 9 }).length,
    shardBytes,
  };
  if (!options.quiet) {
    console.log(
      `search: ${report.entries} entries, ${report.sections} sections; index ${(report.rawBytes / 1024).toFixed(1)} KiB (${(report.gzBytes / 1024).toFixed(1)} KiB gzipped), text shards ${(shardBytes / 1024).toFixed(0)} KiB, worker ${(workerBytes / 1024).toFixed(1)} KiB`,
    );
    if (report.gzBytes > INDEX_BUDGET_GZ) console.warn(`warning: search index is ${(report.gzBytes / 1024).toFixed(1)} KiB gzipped, over the ${INDEX_BUDGET_GZ / 1024} KiB budget`);
  }
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildSearchIndex(process.cwd()).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
