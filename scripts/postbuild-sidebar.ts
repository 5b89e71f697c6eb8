/**
 * After `next build`: writes the sidebar into every page of out/ (see components/layout/Sidebar.tsx).
 * A page whose slot is missing, or a slot naming an unknown category or entry, fails the build.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SIDEBAR_SLOT, sidebarHtml } from "../components/layout/Sidebar";
import { getRegistry } from "../lib/content";

const out = path.resolve(process.argv[2] ?? "out");
const registry = getRegistry();
const known = new Set(registry.categories.map((c) => c.slug));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith(".html") ? [p] : [];
  });
}

let filled = 0;
const problems: string[] = [];
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, "utf8");
  let slots = 0;
  const next = html.replace(SIDEBAR_SLOT, (_m, category: string | undefined, entry: string | undefined) => {
    slots++;
    if (category && !known.has(category)) problems.push(`${file}: sidebar slot names unknown category "${category}"`);
    if (entry && registry.entry(entry)?.category !== category) problems.push(`${file}: sidebar slot names entry "${entry}" outside "${category}"`);
    return `<nav aria-label="Encyclopedia" class="sidebar-nav">${sidebarHtml({ categories: registry.categories, currentCategory: category, currentEntry: entry })}</nav>`;
  });
  if (!slots && html.includes('class="site-sidebar"')) problems.push(`${path.relative(out, file)}: has a sidebar but no slot to fill`);
  if (slots) {
    writeFileSync(file, next);
    filled++;
  }
}
if (problems.length) {
  console.error(`sidebar: ${problems.length} problem(s)\n${problems.map((p) => `  ✗ ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`sidebar: written into ${filled} pages`);
