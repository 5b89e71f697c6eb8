import { withDiagramLinks } from "../diagram/DiagramFigure";
import { MdxContent } from "../mdx/MdxContent";
import type { Registry } from "../../lib/content";
import type { CompiledMdx } from "../../lib/mdx/types";
import { diagramLinkLookup } from "../../lib/links/diagram-lookup";
import { registryLinking } from "../../lib/links/registry-matcher";

/**
 * An entry's compiled body with the page's components (diagram boxes linked to the entries they
 * name). The entry page renders it, and so does the content build for /compare's per-entry data
 * (scripts/build-compare-data.tsx): one rendering, so compare shows what the entry page shows.
 */
export function EntryBody({ compiled, slug, registry }: { compiled: CompiledMdx; slug: string; registry: Registry }) {
  const components = compiled.features.diagram ? { Diagram: withDiagramLinks(diagramLinkLookup(registry, slug, registryLinking(registry).matcher)) } : undefined;
  return <MdxContent code={compiled.code} components={components} />;
}
