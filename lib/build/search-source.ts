import type { Registry } from "../content/registry";
import { structureOf } from "../mdx/structure";
import type { SourceEntry } from "../search/extract";

/** The registry's entries as search's builder takes them: their fields and the compiler's sections. */
export function searchSources(registry: Pick<Registry, "entries">): SourceEntry[] {
  return registry.entries.map((e) => ({ ...e, sections: structureOf(e.file, e.body, e.bodyLine - 1).sections }));
}
