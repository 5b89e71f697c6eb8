import { inlineScript } from "@/lib/build/inline-script";

/** The source of the head script: the theme, the early search shortcut and the header's buttons. */
export const HEAD_SCRIPT_ENTRY = "components/layout/head-script-entry.ts";

/**
 * Everything that runs inline in <head>, as one script: the theme must be set before first paint, and a
 * second inline script (or one in <body>) would split the parse, so the browser paints the part above
 * it first and lays out the page twice. Inline rather than a file: a synchronous external script would
 * be one more render-blocking request on every page.
 */
export function HeadScript() {
  return <script data-head-script="" dangerouslySetInnerHTML={{ __html: inlineScript(HEAD_SCRIPT_ENTRY) }} />;
}
