import { createHash } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import { fencedBlocks } from "./code-blocks";
import { ContentError } from "./errors";
import { readJsonFile } from "./json-file";

/**
 * Executable Python blocks and the outputs committed for them.
 *
 * Every ```python block runs as printed (scripts/run-code.ts executes each one alone in a fresh
 * interpreter) unless its fence says why it cannot: ```python no-run reason="needs a CUDA device".
 * What a block prints is committed to content/outputs/<slug>.json, keyed by a hash of the block's
 * text, so the site build shows it without Python and a block edited since its run is caught.
 */

export type RunMode = { run: true } | { run: false; reason: string };

const NO_RUN = /^no-run\s+reason="([^"]+)"$/;

/** Reads a python fence's info string after the language; anything but nothing or `no-run reason="…"` is an error. */
export function parseRunMeta(meta: string): RunMode | { error: string } {
  const m = meta.trim();
  if (m === "") return { run: true };
  const noRun = NO_RUN.exec(m);
  if (noRun) {
    const reason = noRun[1]!.trim();
    return reason.length >= 8 ? { run: false, reason } : { error: `no-run reason "${reason}" is too short to tell a reader why` };
  }
  if (m.startsWith("no-run")) return { error: `no-run needs a reason: \`\`\`python no-run reason="needs a CUDA device"` };
  return { error: `unknown python fence option "${m}" (only no-run reason="…" is allowed)` };
}

/** The identity of a block's text: outputs are stored under it, so an edited block has no output until it is run again. */
export function blockHash(body: string): string {
  return createHash("sha256").update(body.replace(/\s+$/, "")).digest("hex").slice(0, 16);
}

export interface PythonBlock {
  /** 1-based line in the file of the block's first code line. */
  line: number;
  body: string;
  hash: string;
  mode: RunMode;
}

/** Every python block of a content file, with its run mode; a malformed fence throws a ContentError naming the line. */
export function pythonBlocks(file: string, body: string, bodyLine: number): PythonBlock[] {
  return fencedBlocks(body, { file, bodyLine })
    .filter((b) => b.lang === "python" || b.lang === "py")
    .map((b) => {
      const line = bodyLine - 1 + b.line;
      const mode = parseRunMeta(b.meta);
      if ("error" in mode) throw new ContentError(file, line - 1, "python fence", mode.error);
      return { line, body: b.body, hash: blockHash(b.body), mode };
    });
}

/**
 * A committed file of per-block records (outputs, traces): the versions the run reported and one record
 * per block, keyed by the block's hash, with its line and `fields`.
 */
export function perBlockFileSchema<T extends z.ZodRawShape>(fields: T) {
  return z
    .object({
      /** Versions the records came from, as the run reported them. */
      python: z.string().min(1),
      torch: z.string().min(1),
      blocks: z.array(
        z
          .object({
            line: z.number().int().positive(),
            hash: z.string().regex(/^[0-9a-f]{16}$/),
            ...fields,
          })
          .strict(),
      ),
    })
    .strict();
}

export const codeOutputsSchema = perBlockFileSchema({ stdout: z.string() });
export type CodeOutputs = z.infer<typeof codeOutputsSchema>;
export type BlockOutput = CodeOutputs["blocks"][number] & { torch: string; python: string };

/** Where an entry's outputs are committed, in the content tree's outputs folder. */
export function outputsFile(outputsDir: string, slug: string): string {
  return path.join(outputsDir, `${slug}.json`);
}

/** The committed outputs of one entry, or undefined when it has none; an invalid file throws naming it (as `file`). */
export function readCodeOutputs(abs: string, file: string = abs): CodeOutputs | undefined {
  return readJsonFile(abs, file, codeOutputsSchema);
}

/** Output per block hash, with the versions it came from. */
export function outputsByHash(outputs: CodeOutputs | undefined): Map<string, BlockOutput> {
  const map = new Map<string, BlockOutput>();
  for (const b of outputs?.blocks ?? []) map.set(b.hash, { ...b, torch: outputs!.torch, python: outputs!.python });
  return map;
}
