import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { ContentError } from "./errors";

export interface SplitSource {
  /** Raw YAML between the --- fences. */
  yaml: string;
  /** The MDX body after the closing fence. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(file: string, source: string): SplitSource {
  const match = FENCE.exec(source);
  if (!match) throw new ContentError(file, 1, undefined, "missing frontmatter: the file must start with a --- fenced YAML block");
  const yaml = match[1] ?? "";
  return { yaml, body: source.slice(match[0].length), bodyLine: match[0].split("\n").length };
}

/**
 * Parses and validates a frontmatter block. Every problem names the file, the line (YAML line + 1 for
 * the opening fence) and the field.
 */
export function parseFrontmatter<S extends z.ZodType>(file: string, yamlText: string, schema: S): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + 1);
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    throw new ContentError(file, lineOf(err.pos[0]), undefined, `invalid YAML: ${err.message.split("\n")[0]}`);
  }
  const data: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  // Find the deepest YAML node on the issue's path to report its line.
  let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
  let offset: number | undefined = node?.range?.[0];
  for (const key of issue.path) {
    if (!node || !("get" in node)) break;
    const coll = node as unknown as { get(k: unknown, keepScalar: boolean): YamlNode | undefined; items?: unknown[] };
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key)) offset = pair.key.range?.[0];
      node = pair?.value as YamlNode | undefined;
    } else {
      node = coll.get(key, true);
      if (node?.range) offset = node.range[0];
    }
  }
  const field = path.join(".") || undefined;
  const line = lineOf(offset);
  let message = issue.message;
  if (issue.code === "unrecognized_keys") message = `unknown field(s): ${(issue as { keys: string[] }).keys.join(", ")}`;
  throw new ContentError(file, line === undefined ? undefined : line, field, message);
}
