import path from "node:path";
import { build } from "esbuild";

/**
 * Bundles browser scripts that are not Next chunks (the search worker, the traced diagrams' scripts…)
 * into `outDir` as minified standalone IIFEs, one file per entry point (`out` names it, without .js).
 * Returns each output's size in bytes, by `out`.
 */
export async function bundleStaticScripts(root: string, outDir: string, entryPoints: { in: string; out: string }[]): Promise<Record<string, number>> {
  const result = await build({
    entryPoints: entryPoints.map((e) => ({ in: path.resolve(root, e.in), out: e.out })),
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    tsconfig: path.join(root, "tsconfig.json"),
    outdir: outDir,
    logLevel: "silent",
    metafile: true,
  });
  const bytes: Record<string, number> = {};
  for (const [file, meta] of Object.entries(result.metafile.outputs)) {
    const e = entryPoints.find((x) => path.resolve(root, file) === path.join(outDir, `${x.out}.js`));
    if (e) bytes[e.out] = meta.bytes;
  }
  return bytes;
}
