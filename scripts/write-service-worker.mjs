#!/usr/bin/env node
/**
 * After `next build`: writes out/sw.js (from scripts/service-worker.js) with this build's version and
 * the files every reader gets offline: the offline page, the search index, the manifest and the
 * scripts and styles those pages load. The version is a hash of the build's hashed asset names and the
 * search index, so any change of code or content makes a new worker that replaces the old caches.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(here, "..", "out"));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Same-origin /_next/static URLs a page loads (scripts, styles, fonts it preloads). */
function assetsOf(htmlFile) {
  const html = readFileSync(htmlFile, "utf8");
  return [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]);
}

const hash = createHash("sha256");
for (const f of files(path.join(out, "_next/static")).sort()) hash.update(path.relative(out, f));
for (const f of ["search/index.json", "index.html", "offline.html"]) hash.update(readFileSync(path.join(out, f)));
const version = hash.digest("hex").slice(0, 16);

const precache = [...new Set(["/offline", "/search/index.json", "/manifest.webmanifest", ...assetsOf(path.join(out, "offline.html")), ...assetsOf(path.join(out, "index.html"))])];
const source = readFileSync(path.join(here, "service-worker.js"), "utf8").replace("__VERSION__", version).replace("__PRECACHE__", JSON.stringify(precache));
writeFileSync(path.join(out, "sw.js"), source);
console.log(`service worker: version ${version}, ${precache.length} files precached; wrote out/sw.js`);
