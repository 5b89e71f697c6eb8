import { existsSync, readFileSync } from "node:fs";
import type { z } from "zod";
import { ContentError } from "./errors";

/**
 * A committed JSON file of the content (outputs, traces) validated by its schema; undefined when the
 * file does not exist. Invalid JSON or a field the schema rejects throws naming the file (as `file`)
 * and the field.
 */
export function readJsonFile<S extends z.ZodType>(abs: string, file: string, schema: S): z.infer<S> | undefined {
  if (!existsSync(abs)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(abs, "utf8"));
  } catch (err) {
    throw new ContentError(file, undefined, undefined, `not valid JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, undefined, issue.path.join("."), issue.message);
  }
  return parsed.data;
}
