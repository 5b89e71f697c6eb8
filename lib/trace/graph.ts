import type { TraceModel, TraceNode } from "../content/traces";

/**
 * What a traced model looks like when drawn: the recorded nodes reduced to what a reader needs.
 * - A PyTorch module with no submodules (Linear, LayerNorm, MultiheadAttention) is one step, its
 *   internal operations hidden; so is every module the reader (or the size limit) has closed.
 * - An operation that ran again in the same box, from the same line, on the same inputs (a loop over
 *   tokens) is one step with its count, as the tracer counts a module called again.
 * - A chain of bookkeeping operations (view → permute → transpose) is one step listing them.
 * - When more than `maxNodes` steps would be drawn, the deepest open modules are closed until it fits,
 *   and `foldedTo` says to which depth: nothing is dropped, only folded.
 * Pure: the build lays the result out with elkjs (./layout.ts) and draws it (./svg.ts); the page's
 * script does the same when a reader opens or closes a module.
 */

export interface LinkRef {
  slug: string;
  title: string;
}

export interface ViewNode {
  /** Id of the recorded node it stands for ("n12"). */
  id: string;
  kind: "input" | "output" | "module" | "op";
  label: string;
  /** Module: attribute path's last part (ln1, blocks.0). */
  sub?: string;
  params?: number;
  count?: number;
  /** Block lines the step came from (first is where it is called). */
  lines: number[];
  /** Whether this module is drawn open (a box holding its steps). */
  open: boolean;
  /** Module that can be opened or closed (it has steps inside). */
  toggle: boolean;
  bookkeeping?: boolean;
  /** Operations folded into this step (a closed module's, a bookkeeping chain's). */
  ops?: string[];
  link?: LinkRef;
  qual?: string;
  children: ViewNode[];
}

export interface ViewEdge {
  id: string;
  from: string;
  to: string;
  shape: number[];
  dtype: string;
}

export interface ViewGraph {
  roots: ViewNode[];
  edges: ViewEdge[];
  /** Depth at which modules were closed to fit (undefined: nothing folded for size). */
  foldedTo?: number;
  nodeCount: number;
}

export interface ViewOptions {
  /** Recorded module ids the reader opened or closed, against the default. */
  toggled?: ReadonlySet<number>;
  maxNodes?: number;
  /** Entry a module or operation names: `nn.LayerNorm` → layer-normalization. */
  linkOf?: (node: TraceNode) => LinkRef | undefined;
}

const MAX_NODES = 60;

/** Module depths: 0 for a root module, its children 1, … */
function depths(model: TraceModel): number[] {
  const d: number[] = [];
  for (const n of model.nodes) d[n.id] = n.parent === undefined ? 0 : d[n.parent]! + 1;
  return d;
}

function hasSteps(model: TraceModel, id: number): boolean {
  return model.nodes.some((n) => n.parent === id);
}

/** Whether opening a module shows more than its own name again: a submodule, or more than one step. */
function worthOpening(model: TraceModel, id: number): boolean {
  const inside = model.nodes.filter((n) => n.parent === id);
  return inside.length > 1 || inside.some((n) => n.kind === "module");
}

const CONTAINERS = new Set(["Sequential", "ModuleList", "ModuleDict"]);

/** Whether a module is one of PyTorch's own layers (Linear, LayerNorm, TransformerEncoderLayer): one step until opened. */
export function isTorchLayer(n: TraceNode): boolean {
  return n.builtin === true || (n.qual?.startsWith("torch.") === true && !CONTAINERS.has(n.name));
}

/** Which modules are open by default: the block's own modules and PyTorch's containers, when they have steps inside. */
export function defaultOpen(model: TraceModel): Set<number> {
  return new Set(model.nodes.filter((n) => n.kind === "module" && !isTorchLayer(n) && hasSteps(model, n.id)).map((n) => n.id));
}

export function buildView(model: TraceModel, options: ViewOptions = {}): ViewGraph {
  const maxNodes = options.maxNodes ?? MAX_NODES;
  const depth = depths(model);
  const open = defaultOpen(model);
  for (const id of options.toggled ?? []) {
    if (model.nodes[id]?.kind !== "module" || !hasSteps(model, id)) continue;
    if (open.has(id)) open.delete(id);
    else open.add(id);
  }
  let view = reduce(model, open, options);
  let foldedTo: number | undefined;
  // Too many steps to read: close the deepest open modules the reader did not open, level by level.
  let level = Math.max(0, ...[...open].map((id) => depth[id]!));
  while (view.nodeCount > maxNodes && level >= 0) {
    const deepest = [...open].filter((id) => depth[id] === level && !(options.toggled?.has(id) && open.has(id)));
    if (deepest.length === 0) {
      level--;
      continue;
    }
    for (const id of deepest) open.delete(id);
    foldedTo = level;
    view = reduce(model, open, options);
    level--;
  }
  return { ...view, foldedTo };
}

/** Edges between the same two drawn nodes carrying the same shape are drawn once. */
const edgeKey = (from: number | string, to: number | string, shape: readonly number[]) => `${from}>${to}:${shape.join("x")}`;

function reduce(model: TraceModel, open: ReadonlySet<number>, options: ViewOptions): Omit<ViewGraph, "foldedTo"> {
  const byId = model.nodes;
  // The visible node standing for each recorded node: itself, or its outermost closed ancestor.
  const shown: number[] = [];
  for (const n of byId) {
    const p = n.parent;
    if (p !== undefined && (shown[p] !== p || !open.has(p))) shown[n.id] = shown[p]!;
    else shown[n.id] = n.id;
  }
  const views = new Map<number, ViewNode>();
  for (const n of byId) {
    if (shown[n.id] !== n.id) {
      // Hidden inside a closed module: lends its operation and line to it.
      const v = views.get(shown[n.id]!)!;
      if (n.kind === "op") v.ops = [...(v.ops ?? []), n.name];
      if (n.line && !v.lines.includes(n.line)) v.lines.push(n.line);
      continue;
    }
    const isModule = n.kind === "module";
    const v: ViewNode = {
      id: `n${n.id}`,
      kind: n.kind,
      label: n.name,
      lines: n.line ? [n.line] : [],
      open: isModule && open.has(n.id),
      toggle: isModule && (worthOpening(model, n.id) || open.has(n.id)),
      children: [],
    };
    // An operation on the model's own weights says which: "mul · att_src", "matmul · W_q".
    if (n.reads) v.label = `${n.name} · ${readsLabel(n.reads, n.parent === undefined ? undefined : byId[n.parent]!.path)}`;
    if (n.paths) v.sub = pathsLabel(n.paths);
    else if (n.path) v.sub = shortPath(n.path);
    if (n.params !== undefined) v.params = n.params;
    if (n.count) v.count = n.count;
    if (n.bookkeeping) v.bookkeeping = true;
    if (n.qual) v.qual = n.qual;
    const link = n.kind === "module" || n.kind === "op" ? options.linkOf?.(n) : undefined;
    if (link) v.link = link;
    views.set(n.id, v);
  }
  // Edges between visible nodes; inside one closed module they disappear, repeats merge.
  const seen = new Set<string>();
  let edges: ViewEdge[] = [];
  for (const e of model.edges) {
    const from = shown[e.from]!;
    const to = shown[e.to]!;
    if (from === to) continue;
    const key = edgeKey(from, to, e.shape);
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, from: `n${from}`, to: `n${to}`, shape: e.shape, dtype: e.dtype });
  }
  const parentOf = (id: string) => {
    const n = byId[Number(id.slice(1))]!;
    return n.parent === undefined ? undefined : shown[n.parent];
  };
  edges = mergeRepeats(views, edges, parentOf);
  // Bookkeeping chains: a bookkeeping step whose only input is a bookkeeping step with only that output, in the same box.
  for (;;) {
    const outs = new Map<string, ViewEdge[]>();
    const ins = new Map<string, ViewEdge[]>();
    for (const e of edges) {
      outs.set(e.from, [...(outs.get(e.from) ?? []), e]);
      ins.set(e.to, [...(ins.get(e.to) ?? []), e]);
    }
    const merge = edges.find((e) => {
      const a = views.get(Number(e.from.slice(1)));
      const b = views.get(Number(e.to.slice(1)));
      return a?.bookkeeping && b?.bookkeeping && a.kind === "op" && b.kind === "op" && (a.count ?? 1) === (b.count ?? 1) && parentOf(a.id) === parentOf(b.id) && outs.get(a.id)!.length === 1 && ins.get(b.id)!.length === 1;
    });
    if (!merge) break;
    const a = views.get(Number(merge.from.slice(1)))!;
    const b = views.get(Number(merge.to.slice(1)))!;
    a.ops = [...(a.ops ?? [a.label]), ...(b.ops ?? [b.label])];
    a.label = a.ops.join(" → ");
    for (const l of b.lines) if (!a.lines.includes(l)) a.lines.push(l);
    views.delete(Number(b.id.slice(1)));
    edges = edges.filter((e) => e !== merge).map((e) => (e.from === b.id ? { ...e, from: a.id } : e));
  }
  // Nest the visible nodes in their open modules.
  const roots: ViewNode[] = [];
  for (const [id, v] of views) {
    const p = byId[id]!.parent;
    if (p === undefined) roots.push(v);
    else views.get(shown[p]!)!.children.push(v);
  }
  edges = edges.map((e, i) => ({ ...e, id: `e${i}` }));
  return { roots, edges, nodeCount: views.size };
}

/**
 * Repeats: operations in the same box, from the same line, that ran more than once on the same inputs
 * (a loop over tokens, heads or steps: `x[j] for j in …`) are one step with a count, as the tracer
 * counts a module called again. Merging can make the next steps' inputs the same, so it runs until
 * nothing changes: a loop's later iterations fold into its first, up to a step whose inputs differ
 * (an accumulator reads the previous iteration's result).
 */
function mergeRepeats(views: Map<number, ViewNode>, edges: ViewEdge[], parentOf: (id: string) => number | undefined): ViewEdge[] {
  for (;;) {
    const inputs = new Map<string, string[]>();
    for (const e of edges) inputs.set(e.to, [...(inputs.get(e.to) ?? []), `${e.from}:${e.shape.join("x")}:${e.dtype}`]);
    const groups = new Map<string, ViewNode[]>();
    for (const v of views.values()) {
      if (v.kind !== "op") continue;
      const key = [v.label, parentOf(v.id) ?? "", v.lines[0] ?? "", [...(inputs.get(v.id) ?? [])].sort().join(",")].join("|");
      groups.set(key, [...(groups.get(key) ?? []), v]);
    }
    const repeated = [...groups.values()].filter((g) => g.length > 1);
    if (repeated.length === 0) return edges;
    const into = new Map<string, string>();
    for (const [first, ...rest] of repeated) {
      for (const v of rest) {
        first!.count = (first!.count ?? 1) + (v.count ?? 1);
        for (const l of v.lines) if (!first!.lines.includes(l)) first!.lines.push(l);
        views.delete(Number(v.id.slice(1)));
        into.set(v.id, first!.id);
      }
    }
    const seen = new Set<string>();
    edges = edges.flatMap((e) => {
      const from = into.get(e.from) ?? e.from;
      const to = into.get(e.to) ?? e.to;
      const key = edgeKey(from, to, e.shape);
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ ...e, from, to }];
    });
  }
}

/**
 * The attribute paths of different modules folded into one step, compactly: an indexed family as
 * its index range or set (blocks.0–11, experts.{0,2,5}), other names listed (mu, logvar).
 */
export function pathsLabel(paths: readonly string[]): string {
  const distinct = [...new Set(paths)];
  // blocks.3 → ["blocks", "3"]; a Sequential's own children are bare indices: 3 → ["", "3"].
  const indexed = distinct.map((p) => /^(?:(.*)\.)?(\d+)$/.exec(p));
  const prefix = indexed[0]?.[1] ?? "";
  if (indexed.every((m) => m && (m[1] ?? "") === prefix)) {
    const family = prefix ? `${shortPath(prefix)}.` : "";
    const ix = [...new Set(indexed.map((m) => Number(m![2])))].sort((a, b) => a - b);
    if (ix.length > 2 && ix[ix.length - 1]! - ix[0]! === ix.length - 1) return `${family}${ix[0]}–${ix[ix.length - 1]}`;
    const list = ix.length > 5 ? `${ix.slice(0, 5).join(",")},…` : ix.join(",");
    return family ? `${family}{${list}}` : list;
  }
  const names = [...new Set(distinct.map(shortPath))];
  return names.length > 3 ? `${names.slice(0, 3).join(", ")}, …` : names.join(", ");
}

/**
 * The weights an operation reads, named from the module it runs in (`within`, its path): "att_src",
 * "codebook.weight", "W_q, b_q"; more than two are counted.
 */
export function readsLabel(reads: readonly string[], within?: string): string {
  const names = reads.map((r) => (within && r.startsWith(`${within}.`) ? r.slice(within.length + 1) : r));
  return names.length > 2 ? `${names.slice(0, 2).join(", ")} +${names.length - 2}` : names.join(", ");
}

/** An attribute path's last name, with its index when it is one of a list: blocks.0.mlp → mlp, blocks.0.mlp.0 → mlp.0. */
export function shortPath(path: string): string {
  const parts = path.split(".");
  const last = parts.length - 1;
  return /^\d+$/.test(parts[last]!) && last > 0 ? `${parts[last - 1]}.${parts[last]}` : parts[last]!;
}

export { formatCount, formatShape } from "./format";
