import katex from "katex";
import { z } from "zod";

/**
 * Typed facts per category: the cells of the category comparison tables and of /compare.
 * Every field is optional because a cell is left empty rather than guessed; the `facts` block
 * itself is required on every entry of a category listed here.
 */

/** A LaTeX fragment rendered with KaTeX (e.g. `O(n^2 d)`, `[0, \infty)`): checked here, so bad LaTeX fails naming the field. */
const math = z
  .string()
  .trim()
  .min(1)
  .max(160)
  .superRefine((tex, ctx) => {
    try {
      katex.renderToString(tex, { throwOnError: true, strict: "error" });
    } catch (err) {
      ctx.addIssue({ code: "custom", message: `KaTeX cannot render it: ${(err as Error).message.split("\n")[0]}` });
    }
  });
const text = z.string().trim().min(1).max(120);
const pytorch = z
  .string()
  .regex(/^(torch|torchvision)\.[A-Za-z0-9_.]+$/, "must be a PyTorch name such as torch.optim.Adam or torch.nn.functional.gelu");
const year = z.number().int().min(1940).max(2030);

const hyperparameter = z
  .object({
    name: z.string().trim().min(1).max(40),
    default: z.string().trim().min(1).max(40),
  })
  .strict();

export const optimizationFactsSchema = z
  .object({
    kind: z.enum(["optimizer", "schedule", "guide"]),
    /** Extra floats kept per parameter, in units of the parameter's size (Adam 2, SGD+momentum 1). */
    stateSlots: z.number().min(0).max(8).optional(),
    stateNote: text.optional(),
    hyperparameters: z.array(hyperparameter).max(8).optional(),
    year: year.optional(),
    pytorch: pytorch.optional(),
  })
  .strict();

export const activationFactsSchema = z
  .object({
    formula: math.optional(),
    range: math.optional(),
    smooth: z.boolean().optional(),
    monotonic: z.boolean().optional(),
    zeroCentred: z.boolean().optional(),
    year: year.optional(),
    pytorch: pytorch.optional(),
  })
  .strict();

export const normalizationFactsSchema = z
  .object({
    /** What the mean/variance (or norm) is computed over, e.g. "N, H, W per channel". */
    statsOver: text.optional(),
    batchDependent: z.boolean().optional(),
    learnable: text.optional(),
    runningStats: z.boolean().optional(),
    year: year.optional(),
    pytorch: pytorch.optional(),
  })
  .strict();

export const attentionFactsSchema = z
  .object({
    time: math.optional(),
    memory: math.optional(),
    kvCachePerToken: math.optional(),
    masking: z.enum(["causal", "bidirectional", "either"]).optional(),
    year: year.optional(),
    pytorch: pytorch.optional(),
  })
  .strict();

export const lossFactsSchema = z
  .object({
    task: text.optional(),
    inputs: text.optional(),
    robustToOutliers: z.boolean().optional(),
    year: year.optional(),
    pytorch: pytorch.optional(),
  })
  .strict();

export const factsSchemas = {
  optimization: optimizationFactsSchema,
  activation: activationFactsSchema,
  normalization: normalizationFactsSchema,
  attention: attentionFactsSchema,
  loss: lossFactsSchema,
} as const;

export type FactsCategory = keyof typeof factsSchemas;
export type Facts = { [K in FactsCategory]: z.infer<(typeof factsSchemas)[K]> }[FactsCategory];

export function hasFacts(category: string): category is FactsCategory {
  return Object.prototype.hasOwnProperty.call(factsSchemas, category);
}

export type FactKind = "text" | "math" | "bool" | "number" | "enum" | "code" | "list";

export interface FactColumn {
  key: string;
  label: string;
  /** Shown as the header's tooltip and as a footnote under the table. */
  help: string;
  kind: FactKind;
}

const yearColumn: FactColumn = { key: "year", label: "Year", help: "Year of the paper or release that introduced it.", kind: "number" };
const pytorchColumn: FactColumn = { key: "pytorch", label: "PyTorch", help: "The class or function in PyTorch itself, if there is one (empty: none built in).", kind: "code" };

export const factColumns: Record<FactsCategory, FactColumn[]> = {
  optimization: [
    { key: "kind", label: "Kind", help: "An optimizer updates weights; a schedule changes an optimizer's learning rate over time.", kind: "enum" },
    { key: "stateSlots", label: "State / param", help: "Extra optimizer memory per parameter, as multiples of the parameter count (SGD 0×, SGD+momentum 1×, Adam 2×).", kind: "number" },
    { key: "hyperparameters", label: "Key hyperparameters", help: "The settings you usually tune, with their common defaults (PyTorch's where it has the class).", kind: "list" },
    yearColumn,
    pytorchColumn,
  ],
  activation: [
    { key: "formula", label: "f(x)", help: "The function applied element-wise (softmax: over a vector).", kind: "math" },
    { key: "range", label: "Range", help: "The set of values the output can take.", kind: "math" },
    { key: "smooth", label: "Smooth", help: "Differentiable everywhere (no kink at 0).", kind: "bool" },
    { key: "monotonic", label: "Monotonic", help: "Never decreases as the input grows.", kind: "bool" },
    { key: "zeroCentred", label: "Zero-centred", help: "Outputs take both signs, so their mean can sit near zero.", kind: "bool" },
    yearColumn,
    pytorchColumn,
  ],
  normalization: [
    { key: "statsOver", label: "Statistics over", help: "The axes the mean and variance (or norm) are computed over. N batch, C channels, H×W space, d features.", kind: "text" },
    { key: "batchDependent", label: "Batch-dependent", help: "Whether one example's output depends on the other examples in its batch.", kind: "bool" },
    { key: "learnable", label: "Learnable parameters", help: "Parameters the layer learns (γ scale, β shift, or none).", kind: "text" },
    { key: "runningStats", label: "Running stats", help: "Keeps running averages during training and uses them at inference.", kind: "bool" },
    yearColumn,
    pytorchColumn,
  ],
  attention: [
    { key: "time", label: "Time", help: "Compute as a function of sequence length n (head size d, window w, …) for one layer.", kind: "math" },
    { key: "memory", label: "Memory", help: "Activation memory in the sequence length n during training or prefill.", kind: "math" },
    { key: "kvCachePerToken", label: "KV cache / token", help: "Values cached per generated token per layer when decoding (h heads, g KV groups, d head size).", kind: "math" },
    { key: "masking", label: "Masking", help: "Causal: a token sees only earlier tokens. Bidirectional: it sees all. Either: both are used.", kind: "enum" },
    yearColumn,
    pytorchColumn,
  ],
  loss: [
    { key: "task", label: "Task", help: "The kind of problem the loss is used for.", kind: "text" },
    { key: "inputs", label: "Inputs", help: "What the loss takes: predictions and targets, and their form.", kind: "text" },
    { key: "robustToOutliers", label: "Robust to outliers", help: "Whether a few very wrong targets have a bounded pull on training.", kind: "bool" },
    yearColumn,
    pytorchColumn,
  ],
};
