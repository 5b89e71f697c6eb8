import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every .html file under dir, for the post-build steps that rewrite or read the built pages. */
export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith(".html") ? [p] : [];
  });
}
