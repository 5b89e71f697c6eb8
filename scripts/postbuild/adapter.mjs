/**
 * A Next.js build adapter (next.config.ts's adapterPath): when `next build` has written the static
 * export, Next calls onBuildComplete, which runs the site's post-build steps (scripts/postbuild/index.ts)
 * on it. Plain .mjs because Next imports the adapter with Node itself; the steps are TypeScript, loaded
 * through tsx.
 */
import path from "node:path";
import { tsImport } from "tsx/esm/api";

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "neural-atlas-postbuild",
  async onBuildComplete(ctx) {
    const { postBuild } = await tsImport("./index.ts", import.meta.url);
    await postBuild(path.resolve(ctx.projectDir, "out"));
  },
};

export default adapter;
