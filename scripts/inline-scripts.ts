/**
 * The inline <script>s of a built page, split by who wrote them: the site marks its own (the head
 * script, data-head-script; the search page's early worker, data-early-worker), so every other inline
 * script is the framework's (React's payload and its bootstrap). The benches measure the framework's
 * share without recognising its private markup.
 */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const SITE_MARKER = /\bdata-(?:head-script|early-worker)\b/;

/** Bytes of the page's inline scripts that the site did not write. */
export function frameworkInlineBytes(html: string): number {
  let n = 0;
  for (const m of html.matchAll(INLINE_SCRIPT)) if (!SITE_MARKER.test(m[1]!)) n += Buffer.byteLength(m[2]!);
  return n;
}
