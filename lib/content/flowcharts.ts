import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fencedBlocks } from "./code-blocks";

/**
 * Mermaid flowcharts and the drawings committed for them.
 *
 * Mermaid needs a browser to measure its labels, and the site build must not need one. So
 * `npm run flowcharts` (scripts/render-flowcharts.ts) draws every ```mermaid block of the content in
 * Chromium and commits the SVG to content/flowcharts/<hash>.svg, keyed by a hash of the block's text,
 * as python outputs are keyed in content/outputs. The build only reads them, and a block edited since
 * its drawing fails the build naming its line (lib/mdx/plugins/remark-flowcharts.ts).
 */

/** The command that draws the flowcharts, named by every error about a missing drawing. */
export const FLOWCHARTS_COMMAND = "npm run flowcharts";

/** The identity of a flowchart's text: its drawing is stored under it. */
export function flowchartHash(source: string): string {
  return createHash("sha256").update(source.replace(/\s+$/, "")).digest("hex").slice(0, 16);
}

export interface FlowchartBlock {
  /** 1-based line in the file of the block's first line of text. */
  line: number;
  source: string;
  hash: string;
}

/** Every ```mermaid block of a content file (`bodyLine`: the file line the body starts on; `file` names it in errors). */
export function flowchartBlocks(body: string, bodyLine: number, file?: string): FlowchartBlock[] {
  return fencedBlocks(body, file ? { file, bodyLine } : undefined)
    .filter((b) => b.lang === "mermaid")
    .map((b) => ({ line: bodyLine - 1 + b.line, source: b.body, hash: flowchartHash(b.body) }));
}

/** Where a flowchart's drawing is committed. */
export function flowchartFile(flowchartsDir: string, hash: string): string {
  return path.join(flowchartsDir, `${hash}.svg`);
}

/** The committed drawings of the given blocks, by hash; a block without one is simply absent (the compile names it). */
export function readFlowcharts(flowchartsDir: string, blocks: readonly FlowchartBlock[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const b of blocks) {
    const abs = flowchartFile(flowchartsDir, b.hash);
    if (existsSync(abs)) out[b.hash] = readFileSync(abs, "utf8");
  }
  return out;
}

/** Drawing files in the folder that no block of the content has (left by an edit): the build refuses them. */
export function orphanFlowcharts(flowchartsDir: string, hashes: ReadonlySet<string>): string[] {
  if (!existsSync(flowchartsDir)) return [];
  return readdirSync(flowchartsDir)
    .sort()
    .filter((f) => !(f.endsWith(".svg") && hashes.has(path.basename(f, ".svg"))))
    .map((f) => path.join(flowchartsDir, f));
}
