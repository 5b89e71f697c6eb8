import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { bundleStaticScripts } from "./bundle-static";

/** public/trace: trace.js (components/trace/trace-controller.ts), redraw.js (./redraw.ts), trace.css, elk-worker.js, data/<slug>.json. */
export async function buildTraceAssets(root: string): Promise<void> {
  const outDir = path.join(root, "public", "trace");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "data"), { recursive: true });
  await bundleStaticScripts(root, outDir, [
    { in: "components/trace/trace-controller.ts", out: "trace" },
    { in: "components/trace/redraw.ts", out: "redraw" },
  ]);
  cpSync(path.join(root, "components/trace/trace.css"), path.join(outDir, "trace.css"));
  cpSync(path.join(root, "node_modules/elkjs/lib/elk-worker.min.js"), path.join(outDir, "elk-worker.js"));
  const tracesDir = path.join(root, process.env.ATLAS_CONTENT_DIR ?? "content", "traces");
  for (const f of readdirSync(tracesDir)) if (f.endsWith(".json")) cpSync(path.join(tracesDir, f), path.join(outDir, "data", f));
}
