import { describe, expect, it } from "vitest";
import type { TraceModel } from "../content/traces";
import { buildView } from "./graph";
import { elkGraph, type ElkNode } from "./layout";
import { layoutView } from "./layout-node";
import { renderTraceSvg } from "./svg";
import gptJson from "./fixtures/gpt.json";

const gpt = gptJson as TraceModel;
const linkOf = (n: { name: string }) => (n.name === "LayerNorm" ? { slug: "layer-normalization", title: "Layer Normalization" } : undefined);

describe("elkGraph", () => {
  it("nests open modules, sizes steps, and labels every edge with its shape", () => {
    const g = elkGraph(buildView(gpt));
    expect(g.layoutOptions?.["elk.hierarchyHandling"]).toBe("INCLUDE_CHILDREN");
    const root = g.children!.find((c) => c.children)!;
    expect(root.layoutOptions?.["elk.padding"]).toMatch(/top=30/);
    const leaf = root.children!.find((c) => !c.children)!;
    expect(leaf.width).toBeGreaterThan(0);
    expect(leaf.height).toBeGreaterThan(0);
    expect(g.edges!.every((e) => e.labels?.[0]?.text)).toBe(true);
    expect(g.edges!.map((e) => e.labels![0]!.text)).toContain("2×16 int64");
    expect(g.edges!.map((e) => e.labels![0]!.text)).toContain("2×16×64");
  });
});

describe("renderTraceSvg", () => {
  it("draws every node and edge inside the picture, with what the tooltip shows", async () => {
    const view = buildView(gpt, { linkOf });
    const layout = await layoutView(view);
    const { svg, width, height } = renderTraceSvg(view, layout, { idPrefix: "t", title: "GPT" });
    expect(width).toBeGreaterThan(100);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    const boxes: ElkNode[] = [];
    const walk = (n: ElkNode) => n.children?.forEach((c) => (boxes.push(c), walk(c)));
    walk(layout);
    for (const b of boxes) {
      expect(b.x! + b.width!).toBeLessThanOrEqual(width + 0.5);
      expect(b.y! + b.height!).toBeLessThanOrEqual(height + 0.5);
    }
    expect((svg.match(/<g class="trace-edge"/g) ?? []).length).toBe(view.edges.length);
    // a closed Linear: its parameter count, output shape and line
    expect(svg).toMatch(/data-label="Linear" data-sub="mlp\.0" data-qual="torch\.nn\.modules\.linear\.Linear" data-params="16640" data-in="2×16×64 float32" data-out="2×16×256 float32"/);
    expect(svg).toContain('<text class="trace-shape"');
    expect(svg).toContain("TransformerBlock ×2");
    // linked nodes are links to their entry; modules with steps have a toggle
    expect(svg).toContain('<a href="/entries/layer-normalization" class="trace-link"');
    expect(svg).toMatch(/class="trace-toggle" role="button" tabindex="0" data-toggle="n\d+" aria-expanded="true"/);
    expect(svg).toMatch(/class="trace-io trace-io--input"/);
    expect(svg).toMatch(/class="trace-io trace-io--output"/);
  });

  it("gives the model's steps one tab stop, on its input (the arrow keys move between them); edges are not focusable", async () => {
    const view = buildView(gpt, { linkOf });
    const { svg } = renderTraceSvg(view, await layoutView(view), { idPrefix: "t", title: "GPT" });
    const stops = [...svg.matchAll(/<g class="([^"]*)"[^>]*tabindex="0"/g)].map((m) => m[1]!).filter((c) => c !== "trace-toggle");
    expect(stops).toEqual(["trace-io trace-io--input"]);
    expect((svg.match(/tabindex="-1"/g) ?? []).length).toBeGreaterThan(10);
    expect(svg).not.toMatch(/<g class="trace-edge"[^>]*tabindex/);
  });

  it("escapes what it writes", async () => {
    const model: TraceModel = {
      nodes: [
        { id: 0, kind: "input", name: "x<y" },
        { id: 1, kind: "module", name: "A&B", qual: '__main__."A&B"', params: 0 },
        { id: 2, kind: "op", name: "add", parent: 1 },
        { id: 3, kind: "output", name: "output" },
      ],
      edges: [
        { from: 0, to: 2, shape: [2], dtype: "float32" },
        { from: 2, to: 3, shape: [2], dtype: "float32" },
      ],
    };
    const view = buildView(model);
    const { svg } = renderTraceSvg(view, await layoutView(view), { idPrefix: "t", title: "<A>" });
    expect(svg).not.toMatch(/x<y|A&B|"<A>"/);
    expect(svg).toContain("x&lt;y");
  });
});
