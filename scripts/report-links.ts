/**
 * npm run report:links — reads the built site (out/) and prints internal links per entry (outbound,
 * distinct targets), entries with no inbound links, and backlinks per entry.
 * Goal: every entry except the reference pages has ≥ 3 outbound and ≥ 1 inbound internal links.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { linkedEntry } from "../lib/links/graph";
import { ENTRY_IDS } from "../lib/template-ids";

const dir = path.join(process.cwd(), "out/entries");
if (!existsSync(dir)) {
  console.error("No build in out/: run `npm run build` first.");
  process.exit(1);
}
const REFERENCE = new Set(["guide-introduction", "references", "document-information"]);
const slugs = readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5)).sort();
const outbound = new Map<string, Set<string>>();
const inbound = new Map<string, Set<string>>(slugs.map((s) => [s, new Set()]));
for (const slug of slugs) {
  const html = readFileSync(path.join(dir, `${slug}.html`), "utf8");
  // The entry's own links: its body and related block, not the "Referenced by" block (those are backlinks).
  const article = html.slice(html.indexOf("<article"), html.indexOf("</article>")).replace(new RegExp(`<section[^>]*${ENTRY_IDS.backlinks}[\\s\\S]*?</section>`), "");
  const targets = new Set<string>();
  for (const m of article.matchAll(/href="([^"]+)"/g)) {
    const t = linkedEntry(m[1]!);
    if (t && t !== slug) targets.add(t);
  }
  outbound.set(slug, targets);
  for (const t of targets) inbound.get(t)?.add(slug);
}
const stats = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return { min: s[0] ?? 0, median: s[Math.floor(s.length / 2)] ?? 0, max: s[s.length - 1] ?? 0 };
};
const content = slugs.filter((s) => !REFERENCE.has(s));
const out = stats(content.map((s) => outbound.get(s)!.size));
const inn = stats(content.map((s) => inbound.get(s)!.size));
const fewOut = content.filter((s) => outbound.get(s)!.size < 3);
const noIn = content.filter((s) => inbound.get(s)!.size === 0);
console.log(`entries: ${slugs.length} (${content.length} excluding reference pages)`);
console.log(`outbound internal links per entry (distinct targets): min ${out.min}, median ${out.median}, max ${out.max}`);
console.log(`inbound links (backlinks) per entry:                  min ${inn.min}, median ${inn.median}, max ${inn.max}`);
console.log(`entries with < 3 outbound links: ${fewOut.length}${fewOut.length ? ` (${fewOut.join(", ")})` : ""}`);
console.log(`entries with no inbound links:   ${noIn.length}${noIn.length ? ` (${noIn.join(", ")})` : ""}`);
const top = [...inbound].sort((a, b) => b[1].size - a[1].size).slice(0, 10);
console.log(`most referenced: ${top.map(([s, v]) => `${s} (${v.size})`).join(", ")}`);
console.log(fewOut.length === 0 && noIn.length === 0 ? "goal met: every entry has ≥ 3 outbound and ≥ 1 inbound internal links" : "goal not met");
