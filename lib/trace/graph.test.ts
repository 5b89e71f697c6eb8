import { describe, expect, it } from "vitest";
import type { TraceModel } from "../content/traces";
import { buildView, formatCount, formatShape, pathsLabel, readsLabel, type ViewNode } from "./graph";
import gptJson from "./fixtures/gpt.json";
import mhaJson from "./fixtures/mha.json";

const gpt = gptJson as TraceModel;
const mha = mhaJson as TraceModel;

function flat(nodes: ViewNode[]): ViewNode[] {
  return nodes.flatMap((n) => [n, ...flat(n.children)]);
}
const byLabel = (nodes: ViewNode[], label: string) => flat(nodes).filter((n) => n.label === label);

describe("buildView", () => {
  it("draws the block's own modules open and PyTorch's layers as one step each", () => {
    const v = buildView(gpt);
    const [root] = v.roots.filter((r) => r.kind === "module");
    expect(root!.label).toBe("GPT");
    expect(root!.open).toBe(true);
    const block = byLabel(v.roots, "TransformerBlock")[0]!;
    expect(block.open).toBe(true);
    expect(block.count).toBe(2);
    const attn = byLabel(v.roots, "MultiheadAttention")[0]!;
    expect(attn.open).toBe(false);
    expect(attn.children).toEqual([]);
    expect(attn.ops).toContain("multi_head_attention_forward");
    expect(attn.toggle).toBe(true);
    // The Sequential container stays open: its Linear, GELU, Linear are drawn.
    expect(byLabel(v.roots, "Sequential")[0]!.children.map((c) => c.label)).toEqual(["Linear", "GELU", "Linear"]);
  });

  it("keeps only edges between drawn nodes, with the recorded shapes", () => {
    const v = buildView(gpt);
    const ids = new Set(flat(v.roots).map((n) => n.id));
    for (const e of v.edges) {
      expect(ids.has(e.from)).toBe(true);
      expect(ids.has(e.to)).toBe(true);
    }
    const input = v.roots.find((r) => r.kind === "input")!;
    const fromInput = v.edges.filter((e) => e.from === input.id);
    expect(fromInput.map((e) => [formatShape(e.shape), e.dtype])).toEqual([["2×16", "int64"]]);
    // into the Embedding (closed), not the embedding op hidden inside it
    expect(byLabel(v.roots, "Embedding").map((n) => n.id)).toContain(fromInput[0]!.to);
  });

  it("merges a chain of bookkeeping steps into one", () => {
    const v = buildView(mha);
    const chain = flat(v.roots).find((n) => n.label.startsWith("view"))!;
    expect(chain.label).toBe("view → permute → unbind");
    expect(chain.bookkeeping).toBe(true);
    expect(byLabel(v.roots, "transpose → reshape")).toHaveLength(1);
  });

  it("opens and closes modules the reader toggles", () => {
    const ln = gpt.nodes.find((n) => n.name === "LayerNorm")!;
    const opened = buildView(gpt, { toggled: new Set([ln.id]) });
    const node = flat(opened.roots).find((n) => n.id === `n${ln.id}`)!;
    expect(node.open).toBe(true);
    expect(node.children.map((c) => c.label)).toEqual(["layer_norm"]);
    const block = gpt.nodes.find((n) => n.name === "TransformerBlock")!;
    const closed = buildView(gpt, { toggled: new Set([block.id]) });
    const b = flat(closed.roots).find((n) => n.id === `n${block.id}`)!;
    expect(b.open).toBe(false);
    expect(b.children).toEqual([]);
    expect(closed.nodeCount).toBeLessThan(buildView(gpt).nodeCount);
    // The residual edges now end at the closed block.
    expect(closed.edges.some((e) => e.to === b.id)).toBe(true);
  });

  it("folds the deepest modules to fit, and says to which depth, dropping nothing", () => {
    const full = buildView(gpt);
    const folded = buildView(gpt, { maxNodes: 10 });
    expect(folded.nodeCount).toBeLessThanOrEqual(10);
    expect(folded.nodeCount).toBeLessThan(full.nodeCount);
    expect(folded.foldedTo).toBeDefined();
    // Every recorded op is still drawn or folded into a drawn module.
    const drawnOps = flat(folded.roots).flatMap((n) => (n.kind === "op" ? n.label.split(" → ") : (n.ops ?? [])));
    expect(drawnOps.length).toBe(gpt.nodes.filter((n) => n.kind === "op").length);
  });

  it("draws an operation that ran again on the same inputs once, with its count, up to a step whose inputs differ", () => {
    // for i in range(2): acc += torch.stack([expert(x[j]) for j in range(3)]) (the expert module already counted by the tracer)
    const f32 = (from: number, to: number, shape: number[]) => ({ from, to, shape, dtype: "float32" });
    const nodes: TraceModel["nodes"] = [
      { id: 0, kind: "input", name: "input", line: 9 },
      { id: 1, kind: "module", name: "Mix", qual: "__main__.Mix", params: 10, line: 9 },
      { id: 2, kind: "op", name: "zeros_like", parent: 1, line: 3 },
      { id: 3, kind: "module", name: "Linear", qual: "torch.nn.modules.linear.Linear", builtin: true, params: 10, count: 6, parent: 1, line: 5 },
    ];
    const edges = [f32(0, 2, [3, 4])];
    let id = 4;
    let acc = 2;
    for (let i = 0; i < 2; i++) {
      const items: number[] = [];
      for (let j = 0; j < 3; j++) {
        nodes.push({ id, kind: "op", name: "__getitem__", parent: 1, line: 5, bookkeeping: true });
        edges.push(f32(0, id, [3, 4]), f32(id, 3, [4]));
        items.push(id++);
      }
      const stack = id++;
      nodes.push({ id: stack, kind: "op", name: "stack", parent: 1, line: 5 });
      edges.push(f32(3, stack, [4]));
      const add = id++;
      nodes.push({ id: add, kind: "op", name: "add_", parent: 1, line: 6 });
      edges.push(f32(stack, add, [3, 4]), f32(acc, add, [3, 4]));
      acc = add;
    }
    nodes.push({ id, kind: "output", name: "output" });
    edges.push(f32(acc, id, [3, 4]));
    const v = buildView({ nodes, edges } as TraceModel);
    expect(byLabel(v.roots, "__getitem__").map((n) => n.count)).toEqual([6]);
    expect(byLabel(v.roots, "stack").map((n) => n.count)).toEqual([2]);
    // Each add_ reads the one before it: both stay.
    expect(byLabel(v.roots, "add_").map((n) => n.count)).toEqual([undefined, undefined]);
    // Nothing is dropped: the counts add up to the recorded operations.
    const drawn = flat(v.roots).filter((n) => n.kind === "op").reduce((sum, n) => sum + (n.count ?? 1), 0);
    expect(drawn).toBe(nodes.filter((n) => n.kind === "op").length);
    const getitem = byLabel(v.roots, "__getitem__")[0]!;
    expect(v.edges.filter((e) => e.to === getitem.id)).toHaveLength(1);
  });

  it("names the weights an operation reads, and keeps operations on different weights apart", () => {
    // a_src, a_dst = (h * self.att_src).sum(-1), (h * self.att_dst).sum(-1): one line, one input, two weights.
    const f32 = (from: number, to: number, shape: number[]) => ({ from, to, shape, dtype: "float32" });
    const nodes: TraceModel["nodes"] = [
      { id: 0, kind: "input", name: "input", line: 9 },
      { id: 1, kind: "module", name: "GATConv", qual: "__main__.GATConv", params: 16, line: 9 },
      { id: 2, kind: "op", name: "mul", parent: 1, line: 4, weights: true, reads: ["att_src"] },
      { id: 3, kind: "op", name: "sum", parent: 1, line: 4 },
      { id: 4, kind: "op", name: "mul", parent: 1, line: 4, weights: true, reads: ["att_dst"] },
      { id: 5, kind: "op", name: "sum", parent: 1, line: 4 },
      { id: 6, kind: "op", name: "add", parent: 1, line: 5 },
      { id: 7, kind: "output", name: "output" },
    ];
    const edges = [f32(0, 2, [3, 8]), f32(2, 3, [3, 8]), f32(0, 4, [3, 8]), f32(4, 5, [3, 8]), f32(3, 6, [3]), f32(5, 6, [3]), f32(6, 7, [3])];
    const v = buildView({ nodes, edges } as TraceModel);
    expect(byLabel(v.roots, "mul · att_src")).toHaveLength(1);
    expect(byLabel(v.roots, "mul · att_dst")).toHaveLength(1);
    expect(byLabel(v.roots, "sum").map((n) => n.count)).toEqual([undefined, undefined]);
    expect(readsLabel(["conv1.W_q", "conv1.b_q"], "conv1")).toBe("W_q, b_q");
    expect(readsLabel(["vq.codebook.weight"], "vq")).toBe("codebook.weight");
    expect(readsLabel(["pos"])).toBe("pos");
    expect(readsLabel(["a", "b", "c", "d"])).toBe("a, b +2");
  });

  it("links nodes through the lookup it is given", () => {
    const v = buildView(gpt, { linkOf: (n) => (n.name === "LayerNorm" ? { slug: "layer-normalization", title: "Layer Normalization" } : undefined) });
    expect(byLabel(v.roots, "LayerNorm").every((n) => n.link?.slug === "layer-normalization")).toBe(true);
    expect(byLabel(v.roots, "GELU")[0]!.link).toBeUndefined();
  });
});

describe("pathsLabel", () => {
  it("names the different modules folded into one step", () => {
    expect(pathsLabel(["blocks.0", "blocks.1", "blocks.2", "blocks.3"])).toBe("blocks.0–3");
    expect(pathsLabel(["model.blocks.0", "model.blocks.1"])).toBe("blocks.{0,1}");
    expect(pathsLabel(["experts.5", "experts.2", "experts.5", "experts.0"])).toBe("experts.{0,2,5}");
    expect(pathsLabel(["e.9", "e.1", "e.7", "e.3", "e.5", "e.8", "e.2"])).toBe("e.{1,2,3,5,7,…}");
    expect(pathsLabel(["mu", "logvar"])).toBe("mu, logvar");
    expect(pathsLabel(["0", "1", "2", "3", "4", "5"])).toBe("0–5");
    expect(pathsLabel(["0", "1"])).toBe("0,1");
    expect(pathsLabel(["0.q_proj", "0.k_proj"])).toBe("q_proj, k_proj");
    expect(pathsLabel(["a", "b", "c", "d"])).toBe("a, b, c, …");
  });
  it("is what a folded step shows under its name", () => {
    const model = {
      nodes: [
        { id: 0, kind: "input", name: "input" },
        { id: 1, kind: "module", name: "Enc", qual: "__main__.Enc", params: 20 },
        { id: 2, kind: "module", name: "Linear", qual: "torch.nn.modules.linear.Linear", builtin: true, path: "mu", paths: ["mu", "logvar"], count: 2, params: 10, parent: 1 },
        { id: 3, kind: "output", name: "output" },
      ],
      edges: [
        { from: 0, to: 2, shape: [3, 4], dtype: "float32" },
        { from: 2, to: 3, shape: [3, 2], dtype: "float32" },
      ],
    } as TraceModel;
    expect(byLabel(buildView(model).roots, "Linear")[0]!.sub).toBe("mu, logvar");
  });
});

describe("formatting", () => {
  it("writes shapes and counts compactly", () => {
    expect(formatShape([2, 10, 512])).toBe("2×10×512");
    expect(formatShape([])).toBe("scalar");
    expect(formatCount(1050624)).toBe("1.05M");
    expect(formatCount(33024)).toBe("33k");
    expect(formatCount(128)).toBe("128");
  });
});
