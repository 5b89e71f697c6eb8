/**
 * What happens to out/ after `next build` has rendered it, in one walk of its files and in this order:
 *
 *   1. pages: each page's inline script hashes for its Content-Security-Policy (csp.ts). Pages are
 *      read, never rewritten: they stay as Next rendered them.
 *   2. out/_csp.json (read by `npm run serve`) and out/_headers (static hosts);
 *   3. out/sw.js, the service worker (service-worker.ts);
 *   4. a .gz beside every compressible file, so the server never compresses per request, and a .br
 *      beside the scripts, stylesheets and search data (what a first load and a search fetch): brotli's
 *      best setting is 15% smaller than gzip there, and too slow (~1 MB/s) for the 10 MB of other data.
 *
 * The React payload files Next writes beside the pages (<page>.txt, <page>/__next.*.txt) stay as Next
 * wrote them: only client-side navigation reads them, which the site does not use (links are plain
 * <a>), and the service worker precaches none of them.
 *
 * Run by Next itself when a build completes (scripts/postbuild/adapter.mjs, next.config.ts's
 * adapterPath); `tsx scripts/postbuild/index.ts [out]` runs it again on an existing out/.
 * Any problem fails the build with the page named.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { hasInlineHandler, headersFile, inlineScriptHashes, urlPathOf } from "./csp";
import { serviceWorker } from "./service-worker";

const COMPRESSIBLE = /\.(html|js|css|json|txt|svg|xml|map|md)$/;
const BROTLI = /\.(js|css)$|^search\/.*\.json$/;

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
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Writes the .gz (and, for BROTLI files, .br) copies. zlib's async calls run on libuv's thread pool, so
 * a few files at a time keep every core busy without holding out/ in memory. Brotli's best setting is
 * slow (~1 MB/s), so those files go first, not last on one core.
 */
async function precompress(out: string, files: string[]) {
  const stats = { gzipped: 0, raw: 0, gz: 0, brotli: 0, brGz: 0, br: 0 };
  const compressible = files.filter((rel) => COMPRESSIBLE.test(rel));
  const queue = [...compressible.filter((rel) => BROTLI.test(rel)), ...compressible.filter((rel) => !BROTLI.test(rel))];
  const next = async (): Promise<void> => {
    for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) {
      const body = readFileSync(path.join(out, rel));
      const [gz, br] = await Promise.all([
        gzipAsync(body, { level: 9 }),
        BROTLI.test(rel) ? brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : undefined,
      ]);
      if (gz.length >= body.length) continue;
      writeFileSync(path.join(out, `${rel}.gz`), gz);
      stats.gzipped++;
      stats.raw += body.length;
      stats.gz += gz.length;
      if (!br || br.length >= gz.length) continue;
      writeFileSync(path.join(out, `${rel}.br`), br);
      stats.brotli++;
      stats.brGz += gz.length;
      stats.br += br.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, next));
  return stats;
}

export async function postBuild(out: string): Promise<void> {
  const started = performance.now();
  const all = listFiles(out);
  const problems: string[] = [];
  const log: string[] = [];

  // 1. pages
  const csp: Record<string, string[]> = {};
  let inlineScripts = 0;
  for (const rel of all.filter((f) => f.endsWith(".html"))) {
    const file = path.join(out, rel);
    const html = readFileSync(file, "utf8");
    const hashes = inlineScriptHashes(html);
    inlineScripts += hashes.length;
    csp[urlPathOf(rel)] = hashes;
    if (hasInlineHandler(html)) problems.push(`${rel}: has an inline event handler, which its CSP would block`);
  }

  // 2. CSP
  writeFileSync(path.join(out, "_csp.json"), JSON.stringify(csp));
  writeFileSync(path.join(out, "_headers"), headersFile(csp));
  log.push(`csp: ${Object.keys(csp).length} pages, ${inlineScripts} inline scripts hashed; wrote _csp.json and _headers`);

  // 3. service worker
  const template = readFileSync(fileURLToPath(new URL("../service-worker.js", import.meta.url)), "utf8");
  const sw = serviceWorker({ files: all, read: (rel) => readFileSync(path.join(out, rel)), template });
  writeFileSync(path.join(out, "sw.js"), sw.source);
  log.push(`service worker: version ${sw.version}, ${sw.precache.length} files precached; wrote sw.js`);

  // 4. precompress (sw.js and _csp.json were just written; on a second run they are already in out/)
  const c = await precompress(out, [...new Set([...all, "_csp.json", "sw.js"])]);
  log.push(`precompress: ${c.gzipped} files, ${mib(c.raw)} → ${mib(c.gz)} gzipped; ${c.brotli} also brotli, ${mib(c.brGz)} gz → ${mib(c.br)}`);

  if (problems.length) {
    throw new Error(`post-build: ${problems.length} problem(s)\n${problems.map((p) => `  ✗ ${p}`).join("\n")}`);
  }
  console.log(`post-build of ${all.length} files in ${Math.round(performance.now() - started)} ms:\n${log.map((l) => `  ${l}`).join("\n")}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  postBuild(path.resolve(process.argv[2] ?? "out")).catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
