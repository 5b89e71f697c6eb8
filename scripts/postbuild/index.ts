/**
 * What happens to out/ after `next build` has rendered it, in one walk of its files and in this order:
 *
 *   1. pages: the sidebar and head script into their slots (page-slots.ts); then each page's inline
 *      script hashes for its Content-Security-Policy (csp.ts). Each page is read and written once.
 *   2. the RSC payload files no page reads are removed (prune.ts);
 *   3. out/_csp.json (read by `npm run serve`) and out/_headers (static hosts);
 *   4. out/sw.js, the service worker (service-worker.ts);
 *   5. a .gz beside every compressible file, so the server never compresses per request.
 *
 * Run by Next itself when a build completes (scripts/postbuild/adapter.mjs, next.config.ts's
 * adapterPath); `tsx scripts/postbuild/index.ts [out]` runs it again on an existing out/.
 * Any problem fails the build with the page named.
 */
import { readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { getRegistry } from "../../lib/content";
import { hasInlineHandler, headersFile, inlineScriptHashes, urlPathOf } from "./csp";
import { slotFiller } from "./page-slots";
import { isUnreadPayload } from "./prune";
import { serviceWorker } from "./service-worker";

const COMPRESSIBLE = /\.(html|js|css|json|txt|svg|xml|map|md)$/;

/** Every file under dir, relative with "/" separators, sorted: the one walk of out/. */
export function listFiles(dir: string, prefix = ""): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(dir, rel));
    else files.push(rel);
  }
  return files.sort();
}

const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;

export function postBuild(out: string): void {
  const started = performance.now();
  const all = listFiles(out);
  const present = new Set(all);
  const problems: string[] = [];
  const log: string[] = [];

  // 1. pages
  const filler = slotFiller(getRegistry());
  const csp: Record<string, string[]> = {};
  let sidebars = 0;
  let headScripts = 0;
  let inlineScripts = 0;
  for (const rel of all.filter((f) => f.endsWith(".html"))) {
    const file = path.join(out, rel);
    const original = readFileSync(file, "utf8");
    const filled = filler.fill(original, rel);
    problems.push(...filled.problems);
    if (filled.sidebar) sidebars++;
    if (filled.headScript) headScripts++;
    const html = filled.html;
    const hashes = inlineScriptHashes(html);
    inlineScripts += hashes.length;
    csp[urlPathOf(rel)] = hashes;
    if (hasInlineHandler(html)) problems.push(`${rel}: has an inline event handler, which its CSP would block`);
    if (html !== original) writeFileSync(file, html);
  }
  log.push(`pages: sidebar written into ${sidebars}, head script (${filler.headScriptBytes} B) into ${headScripts}`);

  // 2. payload files no page reads
  let pruned = 0;
  let prunedBytes = 0;
  const kept: string[] = [];
  for (const rel of all) {
    if (!isUnreadPayload(rel, present)) {
      kept.push(rel);
      continue;
    }
    const file = path.join(out, rel);
    prunedBytes += readFileSync(file).length;
    unlinkSync(file);
    pruned++;
  }
  for (const dir of new Set(all.map((f) => path.posix.dirname(f)).filter((d) => d !== "."))) {
    if (!kept.some((f) => f.startsWith(`${dir}/`))) rmSync(path.join(out, dir), { recursive: true, force: true });
  }
  log.push(`prune: removed ${pruned} RSC payload files (${mib(prunedBytes)}) that only client-side navigation would read`);

  // 3. CSP
  writeFileSync(path.join(out, "_csp.json"), JSON.stringify(csp));
  writeFileSync(path.join(out, "_headers"), headersFile(csp));
  log.push(`csp: ${Object.keys(csp).length} pages, ${inlineScripts} inline scripts hashed; wrote _csp.json and _headers`);

  // 4. service worker
  const template = readFileSync(fileURLToPath(new URL("../service-worker.js", import.meta.url)), "utf8");
  const sw = serviceWorker({ files: kept, read: (rel) => readFileSync(path.join(out, rel)), template });
  writeFileSync(path.join(out, "sw.js"), sw.source);
  log.push(`service worker: version ${sw.version}, ${sw.precache.length} files precached; wrote sw.js`);

  // 5. precompress
  let gzipped = 0;
  let raw = 0;
  let compressed = 0;
  for (const rel of [...kept, "_csp.json", "sw.js"]) {
    if (!COMPRESSIBLE.test(rel)) continue;
    const body = readFileSync(path.join(out, rel));
    const gz = gzipSync(body, { level: 9 });
    if (gz.length >= body.length) continue;
    writeFileSync(path.join(out, `${rel}.gz`), gz);
    gzipped++;
    raw += body.length;
    compressed += gz.length;
  }
  log.push(`precompress: ${gzipped} files, ${mib(raw)} → ${mib(compressed)} gzipped`);

  if (problems.length) {
    throw new Error(`post-build: ${problems.length} problem(s)\n${problems.map((p) => `  ✗ ${p}`).join("\n")}`);
  }
  console.log(`post-build of ${all.length} files in ${Math.round(performance.now() - started)} ms:\n${log.map((l) => `  ${l}`).join("\n")}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    postBuild(path.resolve(process.argv[2] ?? "out"));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
