import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { outputsFile, pythonBlocks, readCodeOutputs, type CodeOutputs } from "./code-runs";
import { flowchartBlocks, readFlowcharts } from "./flowcharts";
import { readCodeTraces, tracesByHash, tracesFile, type BlockTrace } from "./traces";
import { ContentError, ContentErrors } from "./errors";
import { factsSchemas, hasFacts, type Facts } from "./facts";
import { parseFrontmatter, splitFrontmatter } from "./frontmatter";
import { joinPapers, loadReferences, type References, type ResolvedPaper } from "./references";
import { categoryFrontmatterSchema, entryFrontmatterSchema, type CategoryFrontmatter, type EntryFrontmatter } from "./schema";

export interface SourceFile {
  /** Path relative to the project root, as reported in errors. */
  file: string;
  /** The whole file, kept so later stages can point at lines of the frontmatter. */
  source: string;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** What its python blocks printed when last run (content/outputs/<slug>.json, entries only). */
  codeOutputs?: CodeOutputs;
  /** Committed drawings of its mermaid flowcharts by hash of the block's text (content/flowcharts/<hash>.svg). */
  flowcharts?: Record<string, string>;
  /** What the models its python blocks build computed, by block hash (content/traces/<slug>.json, entries only). */
  codeTraces?: ReadonlyMap<string, BlockTrace>;
  /** PyTorch version the traces were recorded on. */
  traceTorch?: string;
}
export interface LoadedEntry extends Omit<EntryFrontmatter, "facts" | "papers">, SourceFile {
  /** Typed per category; present on every entry of a category in lib/content/facts.ts. */
  facts?: Facts;
  /** The frontmatter's papers, each joined with its record of content/references.yaml where one exists. */
  papers: ResolvedPaper[];
}
export interface LoadedCategory extends CategoryFrontmatter, SourceFile {}

export interface LoadedContent {
  entries: LoadedEntry[];
  categories: LoadedCategory[];
  /** content/references.yaml: the papers' confirmed identifiers. */
  references?: References;
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => path.join(dir, f));
}

function loadDir<T extends { slug: string }>(root: string, dir: string, parse: (file: string, yaml: string) => T, errors: ContentError[]) {
  const out: (T & SourceFile)[] = [];
  for (const abs of mdxFiles(path.resolve(root, dir))) {
    const file = path.relative(root, abs);
    try {
      const source = readFileSync(abs, "utf8");
      const { yaml, body, bodyLine } = splitFrontmatter(file, source);
      const data = parse(file, yaml);
      const expected = path.basename(abs, ".mdx");
      if (data.slug !== expected) throw new ContentError(file, 2, "slug", `slug "${data.slug}" must equal the file name "${expected}"`);
      out.push({ ...data, file, source, body, bodyLine });
    } catch (err) {
      if (err instanceof ContentError) errors.push(err);
      else throw err;
    }
  }
  return out;
}

/** Parses an entry's frontmatter, then its facts against its category's schema (required there, refused elsewhere). */
export function parseEntry(file: string, yaml: string): Omit<LoadedEntry, keyof SourceFile> {
  const data = parseFrontmatter(file, yaml, entryFrontmatterSchema);
  const category = data.category;
  if (!hasFacts(category)) {
    if (data.facts !== undefined) throw new ContentError(file, lineOfKey(yaml, "facts"), "facts", `category "${category}" has no facts table; remove facts`);
    return data as Omit<LoadedEntry, keyof SourceFile>;
  }
  if (data.facts === undefined)
    throw new ContentError(file, lineOfKey(yaml, "category"), "facts", `entries of "${category}" need a facts block (see lib/content/facts.ts; leave unknown fields out)`);
  return parseFrontmatter(file, yaml, entryFrontmatterSchema.extend({ facts: factsSchemas[category] })) as Omit<LoadedEntry, keyof SourceFile>;
}

function lineOfKey(yaml: string, key: string): number | undefined {
  const idx = yaml.split("\n").findIndex((l) => l.startsWith(`${key}:`));
  return idx >= 0 ? idx + 2 : undefined;
}

/**
 * Reads and validates every content file under `<root>/<contentDir>` (ATLAS_CONTENT_DIR lets tests and
 * previews build another content tree). Throws ContentErrors listing every problem found.
 */
/**
 * `traces: false` leaves the committed traces unread: the scripts that run and trace the blocks load
 * content whose traces may be stale (that is what they are run to fix).
 */
export function loadContent(root: string = process.cwd(), contentDir: string = process.env.ATLAS_CONTENT_DIR ?? "content", options: { traces?: boolean } = {}): LoadedContent {
  const withTraces = options.traces !== false;
  const errors: ContentError[] = [];
  const categories = loadDir(root, path.resolve(root, contentDir, "categories"), (f, y) => parseFrontmatter(f, y, categoryFrontmatterSchema), errors);
  const entries = loadDir(root, path.resolve(root, contentDir, "entries"), parseEntry, errors);
  const outputsDir = path.resolve(root, contentDir, "outputs");
  const tracesDir = path.resolve(root, contentDir, "traces");
  for (const entry of entries) {
    try {
      const abs = outputsFile(outputsDir, entry.slug);
      entry.codeOutputs = readCodeOutputs(abs, path.relative(root, abs));
    } catch (err) {
      if (err instanceof ContentError) errors.push(err);
      else throw err;
    }
    if (withTraces) {
      try {
        const abs = tracesFile(tracesDir, entry.slug);
        const rel = path.relative(root, abs);
        const traces = readCodeTraces(abs, rel);
        if (traces) {
          entry.codeTraces = tracesByHash(traces, pythonBlocks(entry.file, entry.body, entry.bodyLine), rel, entry.file);
          entry.traceTorch = traces.torch;
        }
      } catch (err) {
        if (err instanceof ContentError) errors.push(err);
        else throw err;
      }
    }
  }
  if (withTraces && existsSync(tracesDir)) {
    const slugs = new Set(entries.map((e) => e.slug));
    for (const f of readdirSync(tracesDir).sort())
      if (!f.endsWith(".json") || !slugs.has(path.basename(f, ".json")))
        errors.push(new ContentError(path.relative(root, path.join(tracesDir, f)), undefined, undefined, "traces of no entry: remove it, or run `npm run code:trace`"));
  }
  if (existsSync(outputsDir)) {
    const slugs = new Set(entries.map((e) => e.slug));
    for (const f of readdirSync(outputsDir).sort())
      if (!f.endsWith(".json") || !slugs.has(path.basename(f, ".json")))
        errors.push(new ContentError(path.relative(root, path.join(outputsDir, f)), undefined, undefined, "outputs of no entry: remove it, or run `npm run code:run`"));
  }
  let references: References = { byTitle: new Map(), records: [] };
  try {
    const abs = path.resolve(root, contentDir, "references.yaml");
    references = loadReferences(abs, path.relative(root, abs));
  } catch (err) {
    if (err instanceof ContentError) errors.push(err);
    else throw err;
  }
  for (const entry of entries) entry.papers = joinPapers(entry.papers, references);
  const flowchartsDir = path.resolve(root, contentDir, "flowcharts");
  for (const source of [...categories, ...entries]) {
    try {
      const blocks = flowchartBlocks(source.body, source.bodyLine, source.file);
      if (blocks.length) source.flowcharts = readFlowcharts(flowchartsDir, blocks);
    } catch (err) {
      if (err instanceof ContentError) errors.push(err);
      else throw err;
    }
  }
  if (errors.length) throw new ContentErrors(errors);
  return { entries, categories, references };
}
