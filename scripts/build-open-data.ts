/**
 * The atlas as open data, written into public/ by the content build: /entries/<slug>.md for every entry,
 * /llms.txt and /llms-full.txt, /data/entries.json and its JSON Schema (lib/build/open-data).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Registry } from "../lib/content";
import { entryMarkdown } from "../lib/build/entry-markdown";
import { llmsFullTxt, llmsTxt } from "../lib/build/llms-txt";
import { openData, openDataJsonSchema } from "../lib/build/open-data";
import { getContentDates, trustOf } from "../lib/build/trust";
import { siteDescription, siteName, siteUrl } from "../lib/site";

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/** Writes the files and returns a one-line report of what it wrote. */
export function buildOpenData(root: string, registry: Registry): string {
  // Without SITE_URL the links are root-relative: a build copied to any host never claims localhost.
  const site = { url: siteUrl ?? "", name: siteName, description: siteDescription };
  const dates = getContentDates();
  if (!dates.available) console.warn(`warning: no dates on the trust lines: ${dates.reason}`);
  const pub = path.join(root, "public");
  const entriesDir = path.join(pub, "entries");
  rmSync(entriesDir, { recursive: true, force: true });
  mkdirSync(entriesDir, { recursive: true });
  mkdirSync(path.join(pub, "data"), { recursive: true });

  const documents: string[] = [];
  for (const c of registry.categories)
    for (const e of c.entries) {
      const md = entryMarkdown(e, c, registry, trustOf(e), site);
      writeFileSync(path.join(entriesDir, `${e.slug}.md`), md);
      documents.push(md);
    }
  const llms = llmsTxt(registry, site);
  const full = llmsFullTxt(documents, site);
  const data = JSON.stringify(openData(registry, (slug) => trustOf(registry.entry(slug)!), site), null, 1);
  const schema = JSON.stringify(openDataJsonSchema(site), null, 2);
  writeFileSync(path.join(pub, "llms.txt"), llms);
  writeFileSync(path.join(pub, "llms-full.txt"), full);
  writeFileSync(path.join(pub, "data/entries.json"), data);
  writeFileSync(path.join(pub, "data/entries.schema.json"), schema);
  const mdBytes = documents.reduce((n, d) => n + Buffer.byteLength(d), 0);
  return (
    `open data: ${documents.length} entries as Markdown (${kib(mdBytes)}), llms.txt ${kib(Buffer.byteLength(llms))}, llms-full.txt ${kib(Buffer.byteLength(full))}, data/entries.json ${kib(Buffer.byteLength(data))}${dates.available ? "" : " (no git dates)"}`
  );
}
