#!/usr/bin/env node
/**
 * After `next build`: a page whose metadata says it needs no framework at run time
 * (`<meta name="atlas:runtime" content="none">`, see lib/site.ts) ships without Next's and React's
 * scripts: its chunk scripts, their preloads, the Turbopack bootstrap and React's inline payload are
 * removed, leaving its HTML, stylesheets, the head script and the page's own scripts. App Router has no
 * per-page switch for this; it is safe here because the site never navigates client-side (every link
 * is a plain <a>, see postbuild-prune.mjs). The layout's client components on such a page stay as their
 * server HTML, which is built to work without JavaScript (the header's search box is a GET form); the
 * page's own script supplies the rest (components/search/page-controller.ts does for /search).
 *
 * Fails the build if a marked page still refers to a framework script afterwards.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { htmlFiles } from "./html-files.mjs";
import { frameworkLeft, marksNoRuntime, stripFramework } from "./strip-framework.mjs";

const out = path.resolve(process.argv[2] ?? "out");

const problems = [];
const stripped = [];
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, "utf8");
  if (!marksNoRuntime(html)) continue;
  const rel = path.relative(out, file);
  const next = stripFramework(html);
  const left = frameworkLeft(next);
  if (left) problems.push(`${rel}: a framework script is left after stripping (near "${left}")`);
  writeFileSync(file, next);
  stripped.push(`${rel} (${((html.length - next.length) / 1024).toFixed(1)} KiB less)`);
}
if (problems.length) {
  console.error(`static pages: ${problems.length} problem(s)\n${problems.map((p) => `  ✗ ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`static pages: framework scripts removed from ${stripped.length ? stripped.join(", ") : "no page"}`);
