import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";

/** The module whose import graph is the compile pipeline: it builds the auto-link matcher and compiles. */
export const COMPILE_ENTRY = "lib/mdx/index.ts";

const cached = new Map<string, string>();

/**
 * The project's source files the compile entry imports, directly or not (type-only imports are erased
 * and so left out), as esbuild resolves them: the same graph that runs, never a hand-kept list.
 */
export function pipelineFiles(root: string = process.cwd(), entry: string = COMPILE_ENTRY): string[] {
  const { metafile } = buildSync({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
  return Object.keys(metafile.inputs)
    .filter((f) => !f.startsWith("node_modules/") && !f.includes("/node_modules/"))
    .sort();
}

/**
 * A hash of everything that shapes compiled output: the source of every project file the compile
 * entry imports and the installed package versions (package-lock.json). The compile cache is keyed by
 * it, so editing any module the pipeline runs (a plugin, the auto-link matcher, the slugger) or
 * upgrading a dependency invalidates the cache, and editing code it never imports does not.
 */
export function computePipelineHash(root: string = process.cwd()): string {
  const h = createHash("sha256");
  for (const f of [...pipelineFiles(root), "package-lock.json"]) {
    h.update(f).update("\0").update(readFileSync(path.join(root, f))).update("\0");
  }
  return h.digest("hex").slice(0, 16);
}

/** computePipelineHash, once per process and root (the code does not change under a running build). */
export function pipelineHash(root: string = process.cwd()): string {
  let hash = cached.get(root);
  if (!hash) cached.set(root, (hash = computePipelineHash(root)));
  return hash;
}
