import path from "node:path";
import type { NextConfig } from "next";

const config: NextConfig = {
  output: "export",
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // The content build (scripts/build-content.ts) already validated and type-checked inputs;
  // `npm test` runs tsc separately, so next build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // lib/mdx/pipeline-hash.ts asks esbuild (a native binary) for the compile pipeline's import graph.
  serverExternalPackages: ["esbuild"],
  // The post-build steps (CSP hashes, service worker, precompression…) run in the framework's own
  // build-complete hook, after the export is written: scripts/postbuild/.
  adapterPath: path.resolve("scripts/postbuild/adapter.mjs"),
};

export default config;
