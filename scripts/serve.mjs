#!/usr/bin/env node
/**
 * Serves the static export in out/ (npm run serve). Clean URLs map to .html files, unknown paths get
 * HTTP 404 with the site's 404 page, hashed assets are cached forever, and every response carries the
 * site's security headers. Files precompressed by the build (.gz) are sent to clients that accept gzip,
 * and files are kept in memory once read. PORT overrides the default 3000.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contentSecurityPolicy, securityHeaders } from "./security-headers.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "out");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
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

/** Per-page script hashes written by scripts/postbuild-csp.mjs. */
const scriptHashes = existsSync(path.join(root, "_csp.json")) ? JSON.parse(readFileSync(path.join(root, "_csp.json"), "utf8")) : {};

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file in out/, or undefined. Never leaves out/. */
export function resolveFile(urlPath) {
  let decoded;
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

/** Files read once and kept: the site is a few hundred MB at most, and only what is requested is held. */
const memory = new Map();
function load(file) {
  let body = memory.get(file);
  if (body === undefined) {
    body = readFileSync(file);
    memory.set(file, body);
  }
  return body;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v);
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  let file = resolveFile(url.pathname);
  let status = 200;
  if (!file) {
    status = 404;
    file = path.join(root, "404.html");
  }
  const ext = path.extname(file);
  if (ext === ".html") {
    const page = status === 404 ? "/404" : path.relative(root, file).split(path.sep).join("/").replace(/\.html$/, "").replace(/(^|\/)index$/, "");
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(scriptHashes[page.startsWith("/") ? page : `/${page}`] ?? []));
  } else {
    res.setHeader("Content-Security-Policy", contentSecurityPolicy());
  }
  const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "") && isFile(`${file}.gz`);
  const body = load(gzip ? `${file}.gz` : file);
  const headers = { "Content-Type": TYPES[ext] ?? "application/octet-stream", "Content-Length": body.length, Vary: "Accept-Encoding" };
  if (gzip) headers["Content-Encoding"] = "gzip";
  headers["Cache-Control"] = url.pathname.startsWith("/_next/static/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
});

server.listen(port, host, () => {
  console.log(`Neural Atlas is served at http://localhost:${port}`);
});
