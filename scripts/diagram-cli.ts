/**
 * Parses a box diagram and prints it as SVG, or with --json as the parsed model.
 *
 *   npm run diagram -- <file.txt | file.mdx | -> [--json] [--full]
 *
 * A .md/.mdx file is read for its ```diagram blocks (each printed in turn). --json prints boxes (bounds,
 * label, parent, children), edges, drawings and warnings; --full adds text runs and geometry. Warnings
 * also go to stderr, with the file's line and column.
 */
import fs from "node:fs";
import path from "node:path";
import { fencedBlocks } from "../lib/content/code-blocks";
import { splitFrontmatter } from "../lib/content/frontmatter";
import { renderDiagram } from "../lib/diagram";
import type { DiagramModel } from "../lib/diagram/types";

const args = process.argv.slice(2);
const json = args.includes("--json");
const full = args.includes("--full");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: npm run diagram -- <file.txt | file.mdx | -> [--json] [--full]");
  process.exit(2);
}
const text = file === "-" ? fs.readFileSync(0, "utf8") : fs.readFileSync(file, "utf8");
const isMarkdown = /\.mdx?$/.test(file);

/** The ```diagram blocks of a content file (its frontmatter, if any, set aside), offset to their file lines. */
function markdownDiagrams(source: string) {
  const { body, bodyLine } = source.startsWith("---") ? splitFrontmatter(file!, source) : { body: source, bodyLine: 1 };
  return fencedBlocks(body, { file: file!, bodyLine })
    .filter((b) => b.lang === "diagram")
    .map((b) => ({ body: b.body, offset: bodyLine - 1 + b.line - 1 }));
}
const blocks = isMarkdown
  ? markdownDiagrams(text)
  : [{ body: text.replace(/\r?\n$/, ""), offset: 0 }];
if (blocks.length === 0) {
  console.error(`${file}: no diagram blocks`);
  process.exit(1);
}

/** The model without per-cell detail, unless --full. */
function summary(model: DiagramModel) {
  if (full) return model;
  const { texts: _texts, marks: _marks, nets, ...rest } = model;
  return { ...rest, nets: nets.map(({ cells: _cells, segments: _segments, heads, ...n }) => ({ ...n, heads: heads.map(({ tip: _tip, ...h }) => h) })) };
}

const out: unknown[] = [];
blocks.forEach((block, i) => {
  const result = renderDiagram(block.body, { lineOffset: block.offset, idPrefix: `diagram-${block.offset || i + 1}`, standalone: true });
  for (const w of result.model.warnings) console.error(`${path.basename(file)}:${w.line}:${w.column}: ${w.code}: ${w.message}`);
  if (json) out.push(summary(result.model));
  else if (result.svg) console.log(result.svg);
  else console.log(`<pre>${block.body.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"))}</pre>`);
});
if (json) console.log(JSON.stringify(out.length === 1 ? out[0] : out, null, 2));
