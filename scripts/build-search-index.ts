/**
 * Writes the search index (public/search/index.json) and the per-entry text shards
 * (public/search/text/<slug>.json) from the content. Called at the end of scripts/build-content.ts,
 * after the content checks compiled every page (so the compiled tables of contents are cached), or
 * on its own: `npx tsx scripts/build-search-index.ts`.
 *
 * Section ids are checked against the compiler's: the index links to `/entries/<slug>#<id>`, and an id
 * that the page does not have would be a dead deep link.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { loadContent } from "../lib/content/load";
import { buildRegistry } from "../lib/content/registry";
import { buildBacklinks } from "../lib/links/graph";
import type { TocItem } from "../lib/mdx/types";
import { buildSearchData, type BuiltSearch } from "../lib/search/extract";

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
 * Builds the search data from the content under `root` (no writing). Every entry is compiled (served
 * from the compile cache after a build) for its links: how many entries point to each one (a link in
 * their text or a "related" entry, lib/links' backlink graph) is stored in the index and orders
 * results that score the same. `compiled` receives each entry's table of contents.
 */
export async function buildFromContent(root: string, compiled?: Map<string, TocItem[]>): Promise<BuiltSearch> {
  const { compileSource } = await import("../lib/mdx");
  const registry = buildRegistry(loadContent(root));
  const pages: { slug: string; links: { url: string }[] }[] = [];
  for (const entry of registry.entries) {
    const c = await compileSource(entry, entry.slug, registry);
    // Links in the text, and the entries it lists as related: both point a reader to that entry.
    pages.push({ slug: entry.slug, links: [...c.links, ...entry.related.map((r) => ({ url: `/entries/${r}` }))] });
    compiled?.set(entry.slug, c.toc);
  }
  const inlinks = new Map([...buildBacklinks(pages)].map(([slug, from]) => [slug, from.length]));
  return buildSearchData(registry.entries, registry.categories, { inlinks });
}

/** Replaces extracted heading ids by the compiler's, failing where the two disagree on the sections. */
function checkIdsAgainstCompiler(built: BuiltSearch, tocs: Map<string, TocItem[]>): string[] {
  const problems: string[] = [];
  for (const [slug, toc] of tocs) {
    const file = `content/entries/${slug}.mdx`;
    const sections = built.sections.get(slug) ?? [];
    const ours = sections.filter((s) => s.id);
    if (ours.length !== toc.length) {
      problems.push(`${file}: search found ${ours.length} sections, the compiler ${toc.length}`);
      continue;
    }
    ours.forEach((s, i) => {
      const t = toc[i]!;
      if (s.id !== t.id || s.depth !== t.depth) problems.push(`${file}: section "${s.heading}" has id "${s.id}" in search, "${t.id}" on the page`);
    });
  }
  return problems;
}

export async function buildSearchIndex(root: string = process.cwd(), options: { checkIds?: boolean; quiet?: boolean } = {}): Promise<SearchIndexReport> {
  const tocs = new Map<string, TocItem[]>();
  const built = await buildFromContent(root, tocs);
  if (options.checkIds !== false) {
    const problems = checkIdsAgainstCompiler(built, tocs);
    if (problems.length) throw new Error(`search index: section ids differ from the compiled pages:\n  ${problems.join("\n  ")}`);
  }
  const outDir = path.join(root, "public", "search");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "text"), { recursive: true });
  const json = JSON.stringify(built.data);
  writeFileSync(path.join(outDir, "index.json"), json);
  // The search page's script and its engine's worker: static scripts of their own (not Next chunks), so
  // the page starts the worker and paints results before React has loaded (components/search/page-controller.ts).
  const scripts = await build({
    entryPoints: [
      { in: path.join(root, "components/search/page-entry.ts"), out: "page" },
      { in: path.join(root, "lib/search/worker.ts"), out: "worker" },
    ],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    tsconfig: path.join(root, "tsconfig.json"),
    outdir: outDir,
    logLevel: "silent",
    metafile: true,
  });
  const [pageBytes, workerBytes] = ["page.js", "worker.js"].map((f) => scripts.metafile.outputs[path.relative(root, path.join(outDir, f))]?.bytes ?? 0);
  let shardBytes = 0;
  for (const shard of built.shards) {
    const s = JSON.stringify(shard);
    shardBytes += s.length;
    writeFileSync(path.join(outDir, "text", `${shard.slug}.json`), s);
  }
  const report: SearchIndexReport = {
    entries: built.data.entries.length,
    sections: built.data.entries.reduce((n, e) => n + e[6].length, 0),
    rawBytes: Buffer.byteLength(json),
    gzBytes: gzipSync(json, { level: 9 }).length,
    shardBytes,
  };
  if (!options.quiet) {
    console.log(
      `search: ${report.entries} entries, ${report.sections} sections; index ${(report.rawBytes / 1024).toFixed(1)} KiB (${(report.gzBytes / 1024).toFixed(1)} KiB gzipped), text shards ${(shardBytes / 1024).toFixed(0)} KiB, page script ${(pageBytes! / 1024).toFixed(1)} KiB, worker ${(workerBytes! / 1024).toFixed(1)} KiB`,
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
