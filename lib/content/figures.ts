/**
 * Which entries show a figure, and whose code builds and runs a torch module (issue 29, coverage).
 * Pure: reads MDX bodies through the compiler's parser (lib/content/mdast.ts), code by a textual heuristic. `npm run report:figures` prints the result over the content.
 */
import { visit } from "unist-util-visit";
import { fencedBlocks } from "./code-blocks";
import { parseMdxBody } from "./mdast";

/** Categories whose entries are about components (layers, optimizers, losses, …), per issue 29. */
export const COMPONENT_CATEGORIES: ReadonlySet<string> = new Set([
  "core-layers",
  "attention",
  "normalization",
  "activation",
  "pooling",
  "convolution",
  "recurrent-and-sequence",
  "embedding-and-positional-encoding",
  "architecture",
  "optimization",
  "loss",
  "regularization",
  "graph-neural-network",
  "generative",
  "parameter-efficient-fine-tuning",
  "building-block",
]);

/** The live plots of components/plots, as MDX tags. */
export const EXPLORERS = ["ActivationExplorer", "ScheduleExplorer", "AttentionMaskExplorer", "OptimizerRace", "LossExplorer"] as const;

export type FigureKind = "diagram" | "mermaid" | (typeof EXPLORERS)[number];

const TAG_FIGURE: Readonly<Record<string, FigureKind>> = { Diagram: "diagram", Mermaid: "mermaid", ...Object.fromEntries(EXPLORERS.map((e) => [e, e])) };

/**
 * Every figure an MDX body shows: ```diagram and ```mermaid fences, then <Diagram>/<Mermaid> tags and
 * explorers, as the compiler reads the body (lib/content/mdast.ts): a tag quoted in a code block is code.
 */
export function figuresOf(body: string): FigureKind[] {
  const out: FigureKind[] = [];
  for (const b of fencedBlocks(body)) if (b.lang === "diagram" || b.lang === "mermaid") out.push(b.lang);
  visit(parseMdxBody(body), (node) => {
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const figure = TAG_FIGURE[(node as { name?: string | null }).name ?? ""];
    if (figure) out.push(figure);
  });
  return out;
}

/** torch.nn names that are not layers a trace would draw: losses, containers of raw tensors, namespaces. */
const NOT_A_LAYER = /^(Parameter|ParameterList|ParameterDict|Buffer|Module|init|functional|utils|parallel|Identity)$|Loss$/;

/**
 * Whether one python block builds a torch module and runs it, by a textual heuristic:
 * - a class derived (directly or through another class of the block) from nn.Module or an nn layer,
 *   that the block instantiates; or
 * - an `nn.<Layer>(…)` (or a layer imported `from torch.nn import …`) that is called: assigned to a name
 *   the block later calls, or called inline `nn.Linear(2, 3)(x)`.
 * Losses (`nn.*Loss`), `nn.Parameter`, optimizers and schedulers build no module in this sense.
 */
export function blockBuildsModule(code: string): boolean {
  const src = stripComments(code);
  const imported = new Set<string>();
  for (const m of src.matchAll(/^\s*from\s+torch\.nn\s+import\s+\(?([^)\n]+)\)?/gm))
    for (const name of m[1]!.split(",")) {
      const n = name.trim().split(/\s+as\s+/).pop()!.trim();
      if (/^[A-Z]\w*$/.test(n) && !NOT_A_LAYER.test(n)) imported.add(n);
    }
  const layerCall = `(?:(?:torch\\.)?nn\\.([A-Z]\\w*)|\\b(${[...imported].join("|") || "(?!)"}))\\s*\\(`;
  const isLayer = (m: RegExpMatchArray) => (m[1] !== undefined ? !NOT_A_LAYER.test(m[1]) : m[2] !== undefined);

  // Classes derived from a module.
  const moduleClasses = new Set<string>();
  const classes = [...src.matchAll(/^\s*class\s+(\w+)\s*\(([^)]*)\)\s*:/gm)].map((m) => ({ name: m[1]!, bases: m[2]!.split(",").map((b) => b.trim()) }));
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of classes) {
      if (moduleClasses.has(c.name)) continue;
      const derived = c.bases.some((b) => {
        const nn = /^(?:torch\.)?nn\.([A-Z]\w*)$/.exec(b);
        if (nn) return nn[1] === "Module" || !NOT_A_LAYER.test(nn[1]!);
        return moduleClasses.has(b) || imported.has(b) || b === "Module";
      });
      if (derived) {
        moduleClasses.add(c.name);
        changed = true;
      }
    }
  }
  for (const name of moduleClasses) {
    const uses = [...src.matchAll(new RegExp(`(?<![\\w.])${name}\\s*\\(`, "g"))];
    // Every `class Name(` line is itself a match; an instantiation is any other.
    const defs = [...src.matchAll(new RegExp(`class\\s+${name}\\s*\\(`, "g"))].length;
    if (uses.length > defs) return true;
  }

  // Layers called inline: nn.Linear(2, 3)(x).
  for (const m of src.matchAll(new RegExp(layerCall, "g"))) {
    if (!isLayer(m)) continue;
    const close = matchingParen(src, m.index! + m[0].length - 1);
    if (close !== -1 && /^\s*\(/.test(src.slice(close + 1))) return true;
  }

  // Functions that return a module (`def block(): return nn.Sequential(…)`) and torchvision's model builders.
  const factories = new Set<string>();
  for (const m of src.matchAll(/^\s*from\s+torchvision\.models(?:\.\w+)*\s+import\s+\(?([^)\n]+)\)?/gm))
    for (const name of m[1]!.split(",")) factories.add(name.trim().split(/\s+as\s+/).pop()!.trim());
  const functions = functionBodies(src);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, body] of functions) {
      if (factories.has(name)) continue;
      const returns = [...body.matchAll(/^\s*return\s+(?:(?:torch\.)?nn\.([A-Z]\w*)|([A-Za-z_]\w*))\s*\(/gm)];
      if (returns.some((r) => (r[1] !== undefined ? !NOT_A_LAYER.test(r[1]) : imported.has(r[2]!) || moduleClasses.has(r[2]!) || factories.has(r[2]!)))) {
        factories.add(name);
        changed = true;
      }
    }
  }
  const built = [...imported, ...moduleClasses, ...factories];
  const qualified = `(?:(?:torch\\.)?nn\\.([A-Z]\\w*)|(?:torchvision\\.)?models\\.(\\w+)|\\b(${built.join("|") || "(?!)"}))\\s*\\(`;
  // Modules assigned to a name that is called later.
  for (const m of src.matchAll(new RegExp(`(?<![\\w.])([A-Za-z_]\\w*)\\s*=\\s*${qualified}`, "g"))) {
    if (m[2] !== undefined && NOT_A_LAYER.test(m[2])) continue;
    const rest = src.slice(m.index! + m[0].length);
    if (new RegExp(`(?<![\\w.])${m[1]}\\s*\\(`).test(rest)) return true;
  }
  return false;
}

/** Name → body text of every `def` of a block (the lines indented deeper than the `def`). */
function functionBodies(src: string): Map<string, string> {
  const lines = src.split("\n");
  const out = new Map<string, string>();
  lines.forEach((line, i) => {
    const m = /^(\s*)def\s+(\w+)\s*\(/.exec(line);
    if (!m) return;
    const indent = m[1]!.length;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.trim() !== "" && l.length - l.trimStart().length <= indent) break;
      body.push(l);
    }
    out.set(m[2]!, body.join("\n"));
  });
  return out;
}

function stripComments(code: string): string {
  return code
    .split("\n")
    .map((l) => l.replace(/(^|\s)#.*$/, "$1"))
    .join("\n");
}

function matchingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === "(") depth++;
    else if (src[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

export interface FigureCoverage {
  slug: string;
  category: string;
  figures: FigureKind[];
  /** Runnable python blocks (not `no-run`). */
  runnableBlocks: number;
  /** Whether some runnable block builds and runs a module (so a traced diagram can be drawn from it). */
  buildsModule: boolean;
}

/** Figures and module-building code of one entry body. `no-run` blocks never run, so they build nothing. */
export function figureCoverage(slug: string, category: string, body: string): FigureCoverage {
  const runnable = fencedBlocks(body).filter((b) => (b.lang === "python" || b.lang === "py") && !/^no-run\b/.test(b.meta));
  return { slug, category, figures: figuresOf(body), runnableBlocks: runnable.length, buildsModule: runnable.some((b) => blockBuildsModule(b.body)) };
}
