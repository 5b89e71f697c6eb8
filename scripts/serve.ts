/**
 * Serves the static export in out/ (npm run serve). Clean URLs map to .html files, unknown paths get
 * HTTP 404 with the site's 404 page, hashed assets are cached forever, and every response carries the
 * site's security headers. Files precompressed by the build (.br for scripts, stylesheets and the search
 * data; .gz for every compressible file) are sent to clients that accept them (content-encoding.ts), and
 * files are kept in memory once read. PORT overrides the default 3000.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chooseEncoding, type Encoding } from "./content-encoding";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "out");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".webmanifest": "application/manifest+json",
};

if (!existsSync(path.join(root, "index.html"))) {
  console.error("No build found in out/. Run `npm run build` first (or `npm start` to build and serve).");
  process.exit(1);
}

/** Per-page script hashes written after the build (scripts/postbuild/csp.ts). */
const scriptHashes: Record<string, string[]> = existsSync(path.join(root, "_csp.json")) ? JSON.parse(readFileSync(path.join(root, "_csp.json"), "utf8")) : {};

function isFile(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Maps a URL path to a file in out/, or undefined. Never leaves out/. */
export function resolveFile(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const clean = path.posix.normalize(decoded).replace(/^(\.\.(\/|$))+/, "");
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return undefined;
  const candidates = clean.endsWith("/") ? [path.join(base, "index.html")] : [base, `${base}.html`, path.join(base, "index.html")];
  return candidates.find(isFile);
}

/**
 * Everything about a response except the request method, computed once per file and variant and kept:
 * the site is a few hundred MB at most, and only what is requested is held. (The build's files do not
 * change while the server runs; restart it after a build.)
 */
interface CachedResponse {
  status: number;
  headers: Record<string, string | number>;
  body: Buffer;
}
const responses = new Map<string, CachedResponse>();
const SUFFIX: Record<Encoding, string> = { br: ".br", gzip: ".gz", identity: "" };
function response(file: string, status: number, encoding: Encoding, immutable: boolean): CachedResponse {
  const key = `${status} ${encoding} ${file}`;
  let r = responses.get(key);
  if (r) return r;
  const ext = path.extname(file);
  let csp: string;
  if (ext === ".html") {
    const page = status === 404 ? "/404" : path.relative(root, file).split(path.sep).join("/").replace(/\.html$/, "").replace(/(^|\/)index$/, "");
    csp = contentSecurityPolicy(scriptHashes[page.startsWith("/") ? page : `/${page}`] ?? []);
  } else csp = contentSecurityPolicy();
  const body = readFileSync(`${file}${SUFFIX[encoding]}`);
  const headers: Record<string, string | number> = {
    ...securityHeaders,
    "Content-Security-Policy": csp,
    "Content-Type": TYPES[ext] ?? "application/octet-stream",
    "Content-Length": body.length,
    Vary: "Accept-Encoding",
    "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
  };
  if (encoding !== "identity") headers["Content-Encoding"] = encoding;
  r = { status, headers, body };
  responses.set(key, r);
  return r;
}

/** URL path → file, for existing paths asked before; unknown paths are not kept, so random URLs cannot grow memory. */
const resolved = new Map<string, string>();
const copies = new Map<string, { br: boolean; gzip: boolean }>();

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...securityHeaders, Allow: "GET, HEAD" }).end();
    return;
  }
  const rawPath = (req.url ?? "/").split(/[?#]/, 1)[0] || "/";
  let file: string | null | undefined = resolved.get(rawPath);
  if (file === undefined) {
    // Parsed with URL so that the path is normalised exactly as a browser would.
    const pathname = new URL(rawPath, "http://localhost").pathname;
    file = resolveFile(pathname) ?? null;
    // Only canonical spellings are kept (not every percent-encoding or /./ variant of a path).
    if (file && pathname === rawPath && !rawPath.includes("%")) resolved.set(rawPath, file);
  }
  const status = file ? 200 : 404;
  if (!file) file = path.join(root, "404.html");
  let has = copies.get(file);
  if (has === undefined) copies.set(file, (has = { br: isFile(`${file}.br`), gzip: isFile(`${file}.gz`) }));
  const r = response(file, status, chooseEncoding(req.headers["accept-encoding"], has), rawPath.startsWith("/_next/static/"));
  res.writeHead(r.status, r.headers);
  res.end(req.method === "HEAD" ? undefined : r.body);
});

server.listen(port, host, () => {
  console.log(`Neural Atlas is served at http://localhost:${port}`);
});
