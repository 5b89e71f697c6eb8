/**
 * Checks content files: frontmatter schema, category and related slugs, Python syntax, diagram boxes,
 * MDX compile (with LaTeX) and render. Usage: npm run validate -- [files…]  (no files: all content).
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { StaticMarkup } from "../components/mdx/StaticMarkup";
import { categoryFrontmatterSchema } from "../lib/content/schema";
import { splitFrontmatter, parseFrontmatter } from "../lib/content/frontmatter";
import { parseEntry } from "../lib/content/load";
import { fencedBlocks } from "../lib/content/code-blocks";
import { checkPythonSyntax } from "../lib/content/checks/python-syntax";
import { diagramBoxErrors } from "../lib/content/checks/diagram-boxes";
import { compileMdxUncached } from "../lib/mdx/compile";
import { outputsByHash, outputsFile, readCodeOutputs } from "../lib/content/code-runs";

const root = process.cwd();
const entriesDir = path.join(root, "content/entries");
const categoriesDir = path.join(root, "content/categories");
const seedEntries = path.join(root, "../shared/seed/entries.tsv");
const seedCategories = path.join(root, "../shared/seed/categories.tsv");

function tsvColumn(file: string, col: number): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")[col]!);
}
const mdxIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".mdx")).map((f) => path.join(dir, f)) : []);

const knownEntries = new Set([...mdxIn(entriesDir).map((f) => path.basename(f, ".mdx")), ...tsvColumn(seedEntries, 0)]);
const knownCategories = new Set([...mdxIn(categoriesDir).map((f) => path.basename(f, ".mdx")), ...tsvColumn(seedCategories, 0)]);

const outputsDir = path.join(root, "content/outputs");
const stub = ({ children }: { children?: ReactNode }) => createElement("div", null, children);
const components = { StaticMarkup, Collapsible: stub, CodeRun: stub, EditorNote: stub, SourceClaim: stub, Diagram: stub, Mermaid: stub, ActivationExplorer: stub, ScheduleExplorer: stub, AttentionMaskExplorer: stub, OptimizerRace: stub, LossExplorer: stub };

async function check(file: string): Promise<string[]> {
  const rel = path.relative(root, file);
  const problems: string[] = [];
  const source = readFileSync(file, "utf8");
  try {
    const { yaml, body, bodyLine } = splitFrontmatter(rel, source);
    const isCategory = file.startsWith(categoriesDir);
    const fm = (isCategory ? parseFrontmatter(rel, yaml, categoryFrontmatterSchema) : parseEntry(rel, yaml)) as { slug: string; category?: string; related?: string[] };
    if (fm.slug !== path.basename(file, ".mdx")) problems.push(`${rel} [slug]: slug "${fm.slug}" does not match the file name`);
    if (fm.category && !knownCategories.has(fm.category)) problems.push(`${rel} [category]: unknown category "${fm.category}"`);
    for (const r of fm.related ?? []) if (!knownEntries.has(r)) problems.push(`${rel} [related]: unknown entry slug "${r}"`);
    const blocks = fencedBlocks(body, { file: rel, bodyLine });
    const py = blocks.filter((b) => b.lang === "python" || b.lang === "py");
    for (const e of checkPythonSyntax(py.map((b) => b.body))) problems.push(`${rel}:${bodyLine - 1 + py[e.index]!.line + e.line - 1}: Python does not parse: ${e.message}`);
    for (const b of blocks.filter((b) => b.lang === "diagram")) {
      const errs = diagramBoxErrors(b.body);
      if (errs.length) problems.push(`${rel}:${bodyLine - 1 + b.line}: diagram has ${errs.length} broken boxes, first: ${errs[0]}`);
    }
    const outputsAbs = outputsFile(outputsDir, fm.slug);
    const outputs = isCategory ? undefined : readCodeOutputs(outputsAbs, path.relative(root, outputsAbs));
    const { code } = await compileMdxUncached(rel, body, bodyLine - 1, { outputs: outputsByHash(outputs) });
    renderToStaticMarkup(createElement(getMDXComponent(code), { components }));
  } catch (err) {
    problems.push(err instanceof Error ? `${rel}: ${err.message.split("\n").slice(0, 4).join(" | ")}` : String(err));
  }
  return problems;
}

const files = process.argv.slice(2).length ? process.argv.slice(2).map((f) => path.resolve(f)) : [...mdxIn(categoriesDir), ...mdxIn(entriesDir)];
let failed = 0;
for (const f of files) {
  const problems = await check(f);
  if (problems.length) failed++;
  for (const p of problems) console.log(`✗ ${p}`);
}
console.log(`${files.length - failed}/${files.length} files valid`);
process.exit(failed ? 1 : 0);
