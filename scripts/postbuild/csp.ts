/** Per-page Content-Security-Policy: the sha256 of each inline script, and the static hosts' _headers file. */
import { createHash } from "node:crypto";
import { contentSecurityPolicy, securityHeaders } from "../security-headers";

/** The URL path a page answers: entries/adamw.html → /entries/adamw, index.html → /. */
export function urlPathOf(relativeHtml: string): string {
  const rel = relativeHtml.replace(/\.html$/, "");
  if (rel === "index") return "/";
  return `/${rel.replace(/\/index$/, "")}`;
}

/** The CSP source of each inline <script> of a page (scripts with src= are covered by 'self'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(`sha256-${createHash("sha256").update(m[1]!, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** Whether a page has an inline event handler attribute, which no hash can allow. */
export function hasInlineHandler(html: string): boolean {
  return /\son[a-z]+="/i.test(html.replace(/<script[\s\S]*?<\/script>/g, ""));
}

/** out/_headers, the per-path headers format Netlify and Cloudflare Pages apply. */
export function headersFile(csp: Readonly<Record<string, readonly string[]>>): string {
  const common = Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`).join("\n");
  // CSP only per page: hosts join repeated headers, and a hash-less site-wide policy would block the pages.
  const blocks = [`/*\n${common}`];
  for (const [urlPath, hashes] of Object.entries(csp)) {
    if (hashes.length) blocks.push(`${urlPath}\n  Content-Security-Policy: ${contentSecurityPolicy(hashes)}`);
  }
  blocks.push("/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable");
  // The entries' Markdown copies (/entries/<slug>.md); /llms.txt is plain text, which hosts already send.
  blocks.push("/entries/*.md\n  Content-Type: text/markdown; charset=utf-8");
  return `${blocks.join("\n\n")}\n`;
}
