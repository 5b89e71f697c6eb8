#!/usr/bin/env node
/**
 * After `next build`: deletes the React Server Component payload files Next writes beside each page
 * (<page>.txt and <page>/__next.*.txt, about a third of the site). They serve only client-side
 * navigation (next/link prefetch, router.push), which this site does not use: every link is a plain
 * <a> and a page loads as HTML, its own payload inline. Were one requested anyway, Next falls back to
 * loading the page as a document.
 */
import { existsSync, readdirSync, rmdirSync, statSync, unlinkSync } from "node:fs";
import path from "node:path";

const out = path.resolve(process.argv[2] ?? "out");
let files = 0;
let bytes = 0;

function prune(dir) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      prune(p);
      if (readdirSync(p).length === 0) rmdirSync(p);
      continue;
    }
    const payload = /^__next\..*\.txt$/.test(name) || (name.endsWith(".txt") && existsSync(p.replace(/\.txt$/, ".html")));
    if (payload) {
      bytes += statSync(p).size;
      unlinkSync(p);
      files++;
    }
  }
}
prune(out);
console.log(`prune: removed ${files} RSC payload files (${(bytes / 2 ** 20).toFixed(1)} MiB) that only client-side navigation would read`);
