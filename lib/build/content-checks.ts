import { ContentErrors } from "../content/errors";
import path from "node:path";
import { fencedBlocks } from "../content/code-blocks";
import { FLOWCHARTS_COMMAND, flowchartBlocks, orphanFlowcharts } from "../content/flowcharts";
import { checkPythonSyntax } from "../content/checks/python-syntax";
import { diagramBoxErrors } from "../content/checks/diagram-boxes";
import { loadContent, type SourceFile } from "../content/load";
import { buildRegistry } from "../content/registry";
import { papersSectionErrors } from "../content/references";
import { checkLinks, type LinkTargets } from "../links/check";
import { compileSource } from "../mdx";
import { duplicateIds } from "../diagram/anchors";
import type { CompiledMdx } from "../mdx/types";
import { CATEGORY_TEMPLATE_IDS, ENTRY_TEMPLATE_IDS } from "../template-ids";

export interface ContentReport {
  errors: string[];
  warnings: string[];
  entries: number;
  categories: number;
  pythonBlocks: number;
  diagrams: number;
  flowcharts: number;
  links: number;
}

const STATIC_ROUTES = new Set(["/", "/search", "/a-z", "/compare", "/offline"]);

/**
 * Everything the build checks about content, in one pass. Lives in lib/build because it joins the
 * content layer with the compiler (lib/content itself never imports lib/mdx).
 */
export async function runContentChecks(root: string, contentDir?: string): Promise<ContentReport> {
  const report: ContentReport = { errors: [], warnings: [], entries: 0, categories: 0, pythonBlocks: 0, diagrams: 0, flowcharts: 0, links: 0 };
  let registry;
  try {
    registry = buildRegistry(loadContent(root, contentDir));
  } catch (err) {
    if (err instanceof ContentErrors) report.errors.push(...err.errors.map((e) => e.message));
    else throw err;
    return report;
  }
  report.entries = registry.entries.length;
  report.categories = registry.categories.length;

  const sources: SourceFile[] = [...registry.categories, ...registry.entries];
  const entrySlugs = new Map<SourceFile, string>(registry.entries.map((e) => [e, e.slug]));
  const compiled = new Map<SourceFile, CompiledMdx>();
  for (const s of sources) {
    try {
      compiled.set(s, await compileSource(s, entrySlugs.get(s), registry));
    } catch (err) {
      report.errors.push(err instanceof Error ? err.message : String(err));
    }
  }

  // Python and diagram checks, all Python blocks in one python3 process.
  const py: { file: string; line: number; body: string }[] = [];
  for (const s of sources) {
    for (const b of fencedBlocks(s.body, s)) {
      const line = s.bodyLine - 1 + b.line;
      if (b.lang === "python" || b.lang === "py") py.push({ file: s.file, line, body: b.body });
      if (b.lang === "diagram") {
        report.diagrams++;
        const errs = diagramBoxErrors(b.body);
        // Reported, not fatal: the diagram still renders (as text where the engine cannot draw it).
        // The test suite (tests/unit/content-rules.test.ts) holds content to the alignment rule.
        if (errs.length) report.warnings.push(`${s.file}:${line}: diagram has ${errs.length} box(es) that do not close, first: ${errs[0]}`);
      }
    }
  }
  report.pythonBlocks = py.length;

  // Drawings no flowchart has any more (its text was edited): the drawing command removes them.
  const drawn = new Set(sources.flatMap((s) => flowchartBlocks(s.body, s.bodyLine, s.file).map((b) => b.hash)));
  report.flowcharts = drawn.size;
  for (const f of orphanFlowcharts(path.resolve(root, contentDir ?? process.env.ATLAS_CONTENT_DIR ?? "content", "flowcharts"), drawn))
    report.errors.push(`${path.relative(root, f)}: drawing of no flowchart in the content: run \`${FLOWCHARTS_COMMAND}\` (it removes it)`);
  for (const e of checkPythonSyntax(py.map((p) => p.body))) {
    const block = py[e.index]!;
    report.errors.push(`${block.file}:${block.line + e.line - 1}: Python block does not parse: ${e.message}`);
  }

  // The body's Papers section lists the same papers as the frontmatter, by their full titles.
  for (const e of registry.entries) report.errors.push(...papersSectionErrors(e));

  const targets: LinkTargets = { entries: new Map(), categories: new Map(), routes: STATIC_ROUTES };
  for (const e of registry.entries) {
    const ids = [...(compiled.get(e)?.ids ?? []), ...(compiled.get(e)?.anchors ?? [])];
    for (const id of duplicateIds(ids)) report.errors.push(`${e.file}: the id "${id}" is given twice (a diagram box anchor clashes with another box or a heading)`);
    targets.entries.set(e.slug, new Set([...ids, ...ENTRY_TEMPLATE_IDS]));
  }
  for (const c of registry.categories) targets.categories.set(c.slug, new Set([...(compiled.get(c)?.ids ?? []), ...(compiled.get(c)?.anchors ?? []), ...CATEGORY_TEMPLATE_IDS]));
  const pages: [SourceFile, Set<string> | undefined][] = [
    ...registry.categories.map((c) => [c, targets.categories.get(c.slug)] as [SourceFile, Set<string> | undefined]),
    ...registry.entries.map((e) => [e, targets.entries.get(e.slug)] as [SourceFile, Set<string> | undefined]),
  ];
  for (const [page, ownIds] of pages) {
    const c = compiled.get(page);
    if (!c || !ownIds) continue;
    report.links += c.links.length;
    for (const p of checkLinks(c.links, ownIds, targets)) report.errors.push(`${page.file}:${p.line}: broken link ${p.url}: ${p.problem}`);
  }
  return report;
}
