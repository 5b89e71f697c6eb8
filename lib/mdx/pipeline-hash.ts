import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

function walk(dir: string, out: string[]) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(p);
  }
}

/**
 * A hash of everything that shapes compiled output: the compile pipeline's own code, the slugger and
 * the installed package versions. The compile cache is keyed by it, so editing a plugin or upgrading a
 * dependency invalidates the cache without anyone bumping a constant.
 */
export function pipelineHash(root: string = process.cwd()): string {
  if (cached) return cached;
  const files: string[] = [];
  walk(path.join(root, "lib/mdx"), files);
  walk(path.join(root, "lib/diagram"), files);
  walk(path.join(root, "lib/trace"), files);
  files.push(path.join(root, "lib/content/slug.ts"), path.join(root, "lib/content/code-runs.ts"), path.join(root, "lib/content/traces.ts"), path.join(root, "lib/links/trace-lookup.ts"), path.join(root, "package-lock.json"));
  const h = createHash("sha256");
  for (const f of files) {
    try {
      h.update(f.slice(root.length)).update(readFileSync(f));
    } catch {
      h.update(`${f}:missing`);
    }
  }
  cached = h.digest("hex").slice(0, 16);
  return cached;
}
