/**
 * out/sw.js, from scripts/service-worker.js with this build's version and the files every reader gets
 * offline: the offline page, the search index, the manifest and the scripts and styles those pages
 * load. The version is a hash of the build's hashed asset names and of the search index, home and
 * offline pages, so any change of code or content makes a new worker that replaces the old caches.
 */
import { createHash } from "node:crypto";

/** Same-origin /_next/static URLs a page loads (scripts, styles, fonts it preloads). */
export function staticAssetsOf(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!);
}

export interface ServiceWorkerInput {
  /** Every file of out/, relative, sorted. */
  files: readonly string[];
  read(rel: string): Buffer;
  template: string;
}

export function serviceWorker({ files, read, template }: ServiceWorkerInput): { source: string; version: string; precache: string[] } {
  const hash = createHash("sha256");
  for (const f of files) if (f.startsWith("_next/static/")) hash.update(f);
  for (const f of ["search/index.json", "index.html", "offline.html"]) hash.update(read(f));
  const version = hash.digest("hex").slice(0, 16);
  const pages = ["offline.html", "index.html"].map((f) => staticAssetsOf(read(f).toString("utf8")));
  const precache = [...new Set(["/offline", "/search/index.json", "/manifest.webmanifest", ...pages.flat()])];
  const source = template.replace("__VERSION__", version).replace("__PRECACHE__", JSON.stringify(precache));
  return { source, version, precache };
}
