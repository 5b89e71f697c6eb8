import path from "node:path";
import { z } from "zod";
import { ContentError } from "./errors";
import { readJsonFile } from "./json-file";
import { perBlockFileSchema, type PythonBlock } from "./code-runs";

/**
 * What the models a python block builds compute, recorded while the block ran
 * (scripts/python/trace_block.py under `npm run code:trace`) and committed to content/traces/<slug>.json,
 * keyed by the block's hash like its output, so the site build draws it without Python.
 *
 * A model is a flat list of nodes (the model's inputs and outputs, its modules, the tensor operations
 * inside them, each with the module it ran in as `parent`) and the tensors passed between them as
 * edges with their shape and dtype. `line` is the line of the block (1-based) the call came from.
 */
const nodeSchema = z
  .object({
    id: z.number().int().nonnegative(),
    kind: z.enum(["input", "output", "module", "op"]),
    /** Class name of a module, function or method name of an operation, argument name of an input. */
    name: z.string().min(1),
    /** Module: the class's module and qualified name (torch.nn.modules.linear.Linear, __main__.Block). */
    qual: z.string().optional(),
    /** Module: its attribute path in the model (blocks.0.attn). */
    path: z.string().optional(),
    /** Module: number of parameters, its submodules' included. */
    params: z.number().int().nonnegative().optional(),
    /** Module: a PyTorch class with no submodules (drawn as one step unless opened). */
    builtin: z.boolean().optional(),
    /** Module: identical consecutive copies folded into this one. */
    count: z.number().int().min(2).optional(),
    /** Module: when the folded copies are different modules, each one's attribute path, in call order. */
    paths: z.array(z.string().min(1)).min(2).optional(),
    parent: z.number().int().nonnegative().optional(),
    line: z.number().int().positive().optional(),
    /** Operation that only re-views or rearranges a tensor (view, permute, transpose…). */
    bookkeeping: z.boolean().optional(),
    /** Operation that also reads weights, buffers or constants (not drawn as inputs). */
    weights: z.boolean().optional(),
    /** Operation in a module the block defines: the parameters and buffers it reads, by path from the model ("conv1.att_src"). */
    reads: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

const edgeSchema = z
  .object({
    from: z.number().int().nonnegative(),
    to: z.number().int().nonnegative(),
    shape: z.array(z.number().int().nonnegative()),
    dtype: z.string().min(1),
  })
  .strict();

export const traceModelSchema = z
  .object({
    nodes: z.array(nodeSchema),
    edges: z.array(edgeSchema),
    /** The recorder stopped adding steps at its limit. */
    truncated: z.boolean().optional(),
    error: z.string().optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const ids = new Set(m.nodes.map((n) => n.id));
    m.nodes.forEach((n, i) => {
      if (n.id !== i) ctx.addIssue({ code: "custom", path: ["nodes", i, "id"], message: `node ids must be their positions (${n.id} at ${i})` });
      if (n.parent !== undefined && (!ids.has(n.parent) || m.nodes[n.parent]!.kind !== "module"))
        ctx.addIssue({ code: "custom", path: ["nodes", i, "parent"], message: `parent ${n.parent} is not a module of this model` });
    });
    m.edges.forEach((e, i) => {
      if (!ids.has(e.from) || !ids.has(e.to)) ctx.addIssue({ code: "custom", path: ["edges", i], message: `edge ${e.from} → ${e.to} names a node that does not exist` });
    });
  });

export const codeTracesSchema = perBlockFileSchema({
  /** The models the block called (empty: it builds none). */
  models: z.array(traceModelSchema).optional(),
  /** Why the block could not be traced (its page shows the code without a diagram). */
  error: z.string().optional(),
});

export type CodeTraces = z.infer<typeof codeTracesSchema>;
export type TraceModel = z.infer<typeof traceModelSchema>;
export type TraceNode = TraceModel["nodes"][number];
export type TraceEdge = TraceModel["edges"][number];
export type BlockTrace = CodeTraces["blocks"][number];

export function tracesFile(tracesDir: string, slug: string): string {
  return path.join(tracesDir, `${slug}.json`);
}

/** The committed traces of one entry, or undefined when it has none; an invalid file throws naming it. */
export function readCodeTraces(abs: string, file: string = abs): CodeTraces | undefined {
  return readJsonFile(abs, file, codeTracesSchema);
}

/**
 * Checks an entry's traces against its current blocks: a trace whose block has been edited since (no
 * block has its hash) is stale, and fails naming the trace file and the block's line; so does a runnable
 * block with no trace in a traced entry. Blocks traced are returned by hash.
 */
export function tracesByHash(traces: CodeTraces | undefined, blocks: readonly PythonBlock[], traceFile: string, contentFile: string): Map<string, BlockTrace> {
  const map = new Map<string, BlockTrace>();
  if (!traces) return map;
  const current = new Set(blocks.filter((b) => b.mode.run).map((b) => b.hash));
  for (const b of traces.blocks) {
    if (!current.has(b.hash))
      throw new ContentError(
        traceFile,
        undefined,
        `block at ${contentFile}:${b.line}`,
        `stale trace: no python block of ${contentFile} has this text any more (edited since it was traced): run \`npm run code:trace -- ${contentFile}\``,
      );
    map.set(b.hash, b);
  }
  for (const b of blocks)
    if (b.mode.run && !map.has(b.hash))
      throw new ContentError(contentFile, b.line, "python block", `has no trace for its current text in ${traceFile}: run \`npm run code:trace -- ${contentFile}\``);
  return map;
}

/**
 * The trace record of one block from what its traced run left: the tracer's JSON (or nothing, when
 * the run died before writing it), whether the block exited cleanly, and its stderr. `problems` say
 * what went wrong, for the runner to report with the block's file and line.
 */
export function blockTraceRecord(block: { line: number; hash: string }, run: { ok: boolean; stderr: string; trace: unknown }): { record: BlockTrace; problems: string[] } {
  const at = { line: block.line, hash: block.hash };
  const raw = run.trace as { models?: unknown; error?: unknown } | undefined;
  let record: BlockTrace;
  if (raw === undefined || raw === null || typeof raw !== "object")
    record = { ...at, error: run.ok ? "the tracer wrote nothing" : `the block raised: ${run.stderr.trim().split("\n").slice(-1)[0] ?? ""}` };
  else if (typeof raw.error === "string") record = { ...at, error: raw.error };
  else {
    const parsed = codeTracesSchema.shape.blocks.element.safeParse({ ...at, models: raw.models });
    const issue = parsed.error?.issues[0];
    record = parsed.success ? parsed.data : { ...at, error: `trace does not fit the schema: ${issue!.path.join(".")}: ${issue!.message}` };
  }
  const problems: string[] = [];
  if (record.error) problems.push(`could not trace: ${record.error}`);
  for (const m of record.models ?? []) if (m.error) problems.push(`part of the trace failed: ${m.error}`);
  return { record, problems };
}
