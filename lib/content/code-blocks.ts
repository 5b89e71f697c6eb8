import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import { ContentError } from "./errors";
import { parseMdxBody } from "./mdast";

export interface FencedBlock {
  lang: string;
  /** What follows the language on the opening fence (e.g. `no-run reason="needs CUDA"`), trimmed. */
  meta: string;
  /** 1-based line, within the scanned text, of the block's first content line. */
  line: number;
  body: string;
}

/** Where a body comes from, for errors: its file and the file line it starts on. */
export interface BodySource {
  file: string;
  bodyLine: number;
}

// Bodies are read by several checks in one process (load, build checks, figures): parsed once each.
const read = new Map<string, readonly FencedBlock[]>();
const MAX_READ = 2000;

/**
 * Every fenced code block of an MDX body, read by remark as the compiler reads it (lib/content/mdast.ts):
 * fences inside components and list items included, indentation removed, language lower-cased. A body
 * that is not valid MDX throws, naming the file line when `source` is given.
 */
export function fencedBlocks(text: string, source?: BodySource): FencedBlock[] {
  const known = read.get(text);
  if (known) return known.map((b) => ({ ...b }));
  let tree;
  try {
    tree = parseMdxBody(text);
  } catch (err) {
    const e = err as { line?: number; column?: number; reason?: string; message?: string };
    const reason = e.reason ?? e.message ?? String(err);
    if (!source) throw new Error(`${e.line ? `line ${e.line}: ` : ""}${reason}`);
    throw new ContentError(source.file, e.line ? source.bodyLine - 1 + e.line : undefined, "mdx", reason);
  }
  const blocks: FencedBlock[] = [];
  visit(tree, "code", (node: Code) => {
    blocks.push({ lang: (node.lang ?? "").toLowerCase(), meta: (node.meta ?? "").trim(), line: (node.position?.start.line ?? 0) + 1, body: node.value });
  });
  if (read.size >= MAX_READ) read.clear();
  read.set(text, blocks);
  return blocks.map((b) => ({ ...b }));
}
