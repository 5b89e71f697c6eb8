/**
 * Removing Next's and React's scripts from a built page whose metadata says it needs no framework at
 * run time (lib/site.ts's NO_FRAMEWORK_RUNTIME). Pure, so tests/unit/strip-framework.test.ts checks it
 * on the markup Next emits.
 */

/** Whether the page's metadata carries lib/site.ts's NO_FRAMEWORK_RUNTIME, as Next renders it. */
export function marksNoRuntime(html: string): boolean {
  return /<meta name="atlas:runtime" content="none"\/?>/.test(html);
}

/** The page without the framework's chunk scripts, their preloads, the Turbopack bootstrap and React's payload. */
export function stripFramework(html: string): string {
  return html
    .replace(/<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g, "")
    .replace(/<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\bhref="\/_next\/[^"]*"[^>]*\/?>/g, "")
    .replace(/<script id="_R_">[\s\S]*?<\/script>/g, "")
    .replace(/<script>\(?self\.__next_f[\s\S]*?<\/script>/g, "");
}

/** A snippet around the first framework script still in the page, or null when there is none. */
export function frameworkLeft(html: string): string | null {
  const m = /<script\b[^>]*\bsrc="\/_next\/|__next_f|TURBOPACK/.exec(html);
  return m ? html.slice(m.index, m.index + 60) : null;
}
