/**
 * A browser module of the project bundled into the text of an inline <script>: its imports resolved,
 * minified, wrapped in a function so it leaves no globals but the ones it sets on purpose. Rendered
 * into pages by server components (components/layout/head-script.tsx), the same in `next dev` and in
 * the production build; the post-build step hashes it into each page's Content-Security-Policy like
 * every inline script.
 */
import path from "node:path";
import { buildSync } from "esbuild";

const built = new Map<string, string>();

/** The script text for `entry` (a path relative to `root`), safe to place between <script> and </script>. */
export function inlineScript(entry: string, root: string = process.cwd()): string {
  const file = path.resolve(root, entry);
  // A production build renders every page from the same source: bundle once per process. `next dev`
  // does not watch this file's imports, so it bundles them afresh for every page it renders.
  const cached = process.env.NODE_ENV === "production" ? built.get(file) : undefined;
  if (cached !== undefined) return cached;
  const result = buildSync({
    entryPoints: [file],
    absWorkingDir: root,
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    logLevel: "silent",
  });
  const text = result.outputFiles[0]!.text.trim();
  // esbuild escapes "</script" in strings, templates and regexes of its output; the HTML parser ends a
  // script at "</script" and treats "<!--" specially, wherever they are.
  const unsafe = /<\/script|<!--/i.exec(text);
  if (unsafe) throw new Error(`${entry}: the bundled script contains "${unsafe[0]}", which would break out of an inline <script>`);
  built.set(file, text);
  return text;
}
