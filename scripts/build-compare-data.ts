/**
 * /compare's per-entry data, public/entry-data/<slug>.json: category, typed facts (math as KaTeX HTML),
 * summary, problems, and the compared sections as HTML. The sections come from the entry's compiled body
 * rendered with the entry page's own components (components/entry/EntryBody.tsx), then cut by heading
 * (lib/compare/sections.ts): the compare page never reads or parses entry pages.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { comparedSections } from "../lib/compare/sections";
import type { Registry } from "../lib/content";
import { entryData } from "../lib/content/entry-data";
import { compileSource } from "../lib/mdx";

/**
 * Components import their stylesheets, which Next bundles; rendering them here needs only their markup,
 * so a stylesheet imports as an empty module.
 */
const CSS_AS_EMPTY_MODULE = `export async function load(url, context, next) {
  return url.endsWith(".css") ? { format: "module", source: "", shortCircuit: true } : next(url, context);
}`;

export async function buildCompareData(root: string, registry: Registry): Promise<string> {
  register(`data:text/javascript,${encodeURIComponent(CSS_AS_EMPTY_MODULE)}`, import.meta.url);
  const [{ createElement }, { renderToStaticMarkup }, { EntryBody }] = await Promise.all([import("react"), import("react-dom/server"), import("../components/entry/EntryBody")]);
  const dir = path.join(root, "public/entry-data");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let gz = 0;
  let largest = { slug: "", bytes: 0 };
  for (const e of registry.entries) {
    const compiled = await compileSource(e, e.slug, registry);
    const body = renderToStaticMarkup(createElement(EntryBody, { compiled, slug: e.slug, registry }));
    const json = JSON.stringify(entryData(e, registry.category(e.category)!.title, comparedSections(body)));
    writeFileSync(path.join(dir, `${e.slug}.json`), json);
    const size = Buffer.byteLength(json);
    bytes += size;
    gz += gzipSync(json).length;
    if (size > largest.bytes) largest = { slug: e.slug, bytes: size };
  }
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const n = registry.entries.length;
  return `entry data: ${n} files in public/entry-data, ${kib(bytes)} (${kib(gz)} gz) in all, ${kib(bytes / n)} (${kib(gz / n)} gz) on average, largest ${largest.slug} ${kib(largest.bytes)}`;
}
