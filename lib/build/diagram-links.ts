import { fencedBlocks } from "../content/code-blocks";
import type { Registry } from "../content/registry";
import { renderDiagram } from "../diagram";
import { diagramLinkLookup } from "../links/diagram-lookup";
import { registryLinking } from "../links/registry-matcher";

export interface DiagramLinkReport {
  /** Boxes (not table cells) of every drawn diagram of every entry. */
  boxes: number;
  linked: number;
  /** Unlinked box headings (first label line) by how many boxes carry them, most frequent first. */
  unlinked: [label: string, count: number][];
  /** Boxes linked per entry. */
  perEntry: Map<string, { boxes: number; linked: number }>;
}

/**
 * Which diagram boxes link to an entry, as the entry pages draw them (lib/links/diagram-lookup.ts).
 * The build prints the counts: boxes left unlinked are reported, never an error (most boxes name a
 * step or a tensor, not an entry). `matcher: false` counts with the title/alias keys alone.
 */
export function diagramLinkReport(registry: Registry, options: { matcher?: boolean } = {}): DiagramLinkReport {
  const report: DiagramLinkReport = { boxes: 0, linked: 0, unlinked: [], perEntry: new Map() };
  const unlinked = new Map<string, number>();
  const matcher = options.matcher === false ? undefined : registryLinking(registry).matcher;
  for (const e of registry.entries) {
    const lookup = diagramLinkLookup(registry, e.slug, matcher);
    const mine = { boxes: 0, linked: 0 };
    for (const b of fencedBlocks(e.body, e)) {
      if (b.lang !== "diagram") continue;
      const { tree } = renderDiagram(b.body, { lookup });
      for (const box of tree?.boxes ?? []) {
        if (box.kind === "cell") continue;
        mine.boxes++;
        if (box.link) mine.linked++;
        else unlinked.set(box.name, (unlinked.get(box.name) ?? 0) + 1);
      }
    }
    if (mine.boxes) report.perEntry.set(e.slug, mine);
    report.boxes += mine.boxes;
    report.linked += mine.linked;
  }
  report.unlinked = [...unlinked].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return report;
}
