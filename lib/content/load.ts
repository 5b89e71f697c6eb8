import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { outputsFile, readCodeOutputs, type CodeOutputs } from "./code-runs";
import { ContentError, ContentErrors } from "./errors";
import { parseFrontmatter, splitFrontmatter } from "./frontmatter";
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
}
export interface LoadedEntry extends EntryFrontmatter, SourceFile {}
export interface LoadedCategory extends CategoryFrontmatter, SourceFile {}

export interface LoadedContent {
  entries: LoadedEntry[];
  categories: LoadedCategory[];
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

/**
 * Reads and validates every content file under `<root>/<contentDir>` (ATLAS_CONTENT_DIR lets tests and
 * previews build another content tree). Throws ContentErrors listing every problem found.
 */
export function loadContent(root: string = process.cwd(), contentDir: string = process.env.ATLAS_CONTENT_DIR ?? "content"): LoadedContent {
  const errors: ContentError[] = [];
  const categories = loadDir(root, path.resolve(root, contentDir, "categories"), (f, y) => parseFrontmatter(f, y, categoryFrontmatterSchema), errors);
  const entries = loadDir(root, path.resolve(root, contentDir, "entries"), (f, y) => parseFrontmatter(f, y, entryFrontmatterSchema), errors);
  const outputsDir = path.resolve(root, contentDir, "outputs");
  for (const entry of entries) {
    try {
      const abs = outputsFile(outputsDir, entry.slug);
      entry.codeOutputs = readCodeOutputs(abs, path.relative(root, abs));
    } catch (err) {
      if (err instanceof ContentError) errors.push(err);
      else throw err;
    }
  }
  if (existsSync(outputsDir)) {
    const slugs = new Set(entries.map((e) => e.slug));
    for (const f of readdirSync(outputsDir).sort())
      if (!f.endsWith(".json") || !slugs.has(path.basename(f, ".json")))
        errors.push(new ContentError(path.relative(root, path.join(outputsDir, f)), undefined, undefined, "outputs of no entry: remove it, or run `npm run code:run`"));
  }
  if (errors.length) throw new ContentErrors(errors);
  return { entries, categories };
}
