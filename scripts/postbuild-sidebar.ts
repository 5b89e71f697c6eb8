/**
 * After `next build`: writes the sidebar (components/layout/Sidebar.tsx) and the head script
 * (components/layout/head-script.tsx, minified) into every page of out/. A page whose slot is missing,
 * or a sidebar slot naming an unknown category or entry, fails the build.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";
import { HEAD_SCRIPT, HEAD_SCRIPT_SLOT } from "../components/layout/head-script";
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

// Under tsx, esbuild's keepNames wraps the serialized function's inner functions in __name(): give it
// that identity helper (minification then removes it).
const headScript = transformSync(`(function(){var __name=function(f){return f};${HEAD_SCRIPT}})();`, { minify: true, target: "es2020" }).code.trim().replace(/<\/script/gi, "<\\/script");
let filled = 0;
let headFilled = 0;
const problems: string[] = [];
for (const file of htmlFiles(out)) {
  const original = readFileSync(file, "utf8");
  let html = original;
  if (html.includes(HEAD_SCRIPT_SLOT)) {
    html = html.replace(HEAD_SCRIPT_SLOT, () => `<script data-head-script="">${headScript}</script>`);
    headFilled++;
  } else if (html.includes("<head>")) problems.push(`${path.relative(out, file)}: has no head script slot`);
  let slots = 0;
  const next = html.replace(SIDEBAR_SLOT, (_m, category: string | undefined, entry: string | undefined) => {
    slots++;
    if (category && !known.has(category)) problems.push(`${file}: sidebar slot names unknown category "${category}"`);
    if (entry && registry.entry(entry)?.category !== category) problems.push(`${file}: sidebar slot names entry "${entry}" outside "${category}"`);
    return `<nav aria-label="Encyclopedia" class="sidebar-nav">${sidebarHtml({ categories: registry.categories, currentCategory: category, currentEntry: entry })}</nav>`;
  });
  if (!slots && html.includes('class="site-sidebar"')) problems.push(`${path.relative(out, file)}: has a sidebar but no slot to fill`);
  if (slots) filled++;
  if (next !== original) writeFileSync(file, next);
}
if (problems.length) {
  console.error(`sidebar: ${problems.length} problem(s)\n${problems.map((p) => `  ✗ ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`sidebar: written into ${filled} pages; head script (${headScript.length} B) into ${headFilled}`);
