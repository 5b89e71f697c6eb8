/**
 * Opens or closes a module of a traced model and redraws it: the entry's trace (/trace/data/<slug>.json)
 * through the same view, layout input and SVG code the build used (lib/trace), with elkjs running in a
 * worker (/trace/elk-worker.js). Bundled as /trace/redraw.js, which trace-controller.ts loads on a
 * reader's first open or close, so pages carry none of it until then.
 */
import ELK from "elkjs/lib/elk-api.js";
import type { CodeTraces } from "../../lib/content/traces";
import { buildView, type LinkRef } from "../../lib/trace/graph";
import { layoutWith, type ElkEngine } from "../../lib/trace/layout";
import { renderTraceSvg } from "../../lib/trace/svg";
import { moveTitles } from "./titles";

export type Toggle = (figure: HTMLElement, model: HTMLElement, id: string) => Promise<void>;

let engine: ElkEngine | undefined;
let traces: Promise<CodeTraces> | undefined;

const toggle: Toggle = async (figure, model, id) => {
  const toggled = new Set((model.dataset.toggled ?? "").split(" ").filter(Boolean).map(Number));
  const n = Number(id.slice(1));
  if (toggled.has(n)) toggled.delete(n);
  else toggled.add(n);
  engine ??= new ELK({ workerUrl: "/trace/elk-worker.js" }) as unknown as ElkEngine;
  const slug = document.querySelector<HTMLElement>("article[data-slug]")?.dataset.slug ?? "";
  traces ??= fetch(`/trace/data/${slug}.json`).then((r) => {
    if (!r.ok) throw new Error(`trace data: HTTP ${r.status}`);
    return r.json() as Promise<CodeTraces>;
  });
  const data = await traces;
  const line = Number(figure.dataset.traceLine);
  const m = data.blocks.find((b) => b.line === line)?.models?.[Number(model.dataset.model)];
  if (!m) throw new Error("no trace for this figure");
  const links = JSON.parse(model.dataset.links ?? "{}") as Record<string, LinkRef>;
  const view = buildView(m, { toggled, linkOf: (node) => links[node.id] });
  const layout = await layoutWith(engine, view);
  const old = model.querySelector("svg");
  const idPrefix = model.querySelector("svg marker")?.id.replace(/-arrow$/, "") ?? `trace-${line}-${model.dataset.model}`;
  model.querySelector(".trace-scroll")!.innerHTML = renderTraceSvg(view, layout, { idPrefix, title: old?.getAttribute("aria-label") ?? "" }).svg;
  moveTitles(model);
  model.dataset.toggled = [...toggled].join(" ");
  if (view.foldedTo === undefined) model.querySelector(".trace-note")?.remove();
  model.querySelector<SVGElement>(`[data-toggle="${id}"]`)?.focus();
};

(self as unknown as { atlasTraceToggle: Toggle }).atlasTraceToggle = toggle;
