/**
 * The React Server Component payload files Next writes beside each page (<page>.txt and
 * <page>/__next.*.txt, about a third of the site). They serve only client-side navigation (next/link
 * prefetch, router.push), which this site does not use: every link is a plain <a> and a page loads as
 * HTML, its own payload inline. Were one requested anyway, Next falls back to loading the page as a
 * document.
 */
import path from "node:path";

/** Whether a file of out/ (relative path) is a payload file no page reads; `files` is every file of out/. */
export function isUnreadPayload(rel: string, files: ReadonlySet<string>): boolean {
  const name = path.posix.basename(rel);
  return /^__next\..*\.txt$/.test(name) || (name.endsWith(".txt") && files.has(rel.replace(/\.txt$/, ".html")));
}
