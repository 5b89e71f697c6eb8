#!/usr/bin/env node
/**
 * After `next build`: hashes every inline <script> of every HTML page in out/, writes out/_csp.json
 * (URL path → hashes, read by scripts/serve.mjs) and out/_headers (per-path headers for static hosts).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { htmlFiles } from "./html-files.mjs";
import { contentSecurityPolicy, securityHeaders } from "./security-headers.mjs";

const out = path.resolve(process.argv[2] ?? "out");

/** The URL path a file answers: out/entries/adamw.html → /entries/adamw, out/index.html → /. */
export function urlPathOf(file) {
  const rel = path.relative(out, file).split(path.sep).join("/").replace(/\.html$/, "");
  if (rel === "index") return "/";
  return `/${rel.replace(/\/index$/, "")}`;
}

const csp = {};
let scripts = 0;
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, "utf8");
  const hashes = new Set();
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(`sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}`);
    scripts++;
  }
  if (/\son[a-z]+="/i.test(html.replace(/<script[\s\S]*?<\/script>/g, ""))) console.warn(`warning: inline event handler in ${file}`);
  csp[urlPathOf(file)] = [...hashes];
}
writeFileSync(path.join(out, "_csp.json"), JSON.stringify(csp));

const common = Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`).join("\n");
// CSP only per page: hosts join repeated headers, and a hash-less site-wide policy would block the pages.
const blocks = [`/*\n${common}`];
for (const [urlPath, hashes] of Object.entries(csp)) {
  if (hashes.length) blocks.push(`${urlPath}\n  Content-Security-Policy: ${contentSecurityPolicy(hashes)}`);
}
blocks.push("/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable");
// The entries' Markdown copies (/entries/<slug>.md); /llms.txt is plain text, which hosts already send.
blocks.push("/entries/*.md\n  Content-Type: text/markdown; charset=utf-8");
writeFileSync(path.join(out, "_headers"), `${blocks.join("\n\n")}\n`);
console.log(`csp: ${Object.keys(csp).length} pages, ${scripts} inline scripts hashed; wrote out/_csp.json and out/_headers`);
