import { createHash } from "node:crypto";
import { getRegistry, type Registry } from "../content";
import { outputsByHash } from "../content/code-runs";
import type { LoadedEntry, SourceFile } from "../content/load";
import { referenceLabel, referenceUrl } from "../content/references";
import { createTermMatcher, type TermMatcher } from "../links/autolink";
import { buildBacklinks } from "../links/graph";
import { termsFromRegistry } from "../links/terms";
import { compileMdx } from "./compile";
import type { PaperLink } from "./plugins/rehype-paper-links";
import type { CompiledMdx } from "./types";

const linking = new WeakMap<Registry, { matcher: TermMatcher; termsKey: string }>();

function autolinking(registry: Registry) {
  let l = linking.get(registry);
  if (!l) {
    const terms = termsFromRegistry(registry);
    l = { matcher: createTermMatcher(terms), termsKey: createHash("sha256").update(JSON.stringify(terms)).digest("hex").slice(0, 16) };
    linking.set(registry, l);
  }
  return l;
}

/** An entry's papers that have a confirmed identifier, as the body's Papers section links them. */
function paperLinks(source: SourceFile): PaperLink[] {
  const papers = (source as Partial<LoadedEntry>).papers ?? [];
  return papers.flatMap((p) => (p.ref ? [{ title: p.title, url: referenceUrl(p.ref)!, label: referenceLabel(p.ref)! }] : []));
}

/** Compiles an entry's or category's body, auto-linking mentions of the registry's entries (cached on disk). */
export function compileSource(source: SourceFile, selfSlug?: string, registry: Registry = getRegistry()): Promise<CompiledMdx> {
  return compileMdx(source.file, source.body, source.bodyLine - 1, { selfSlug, ...autolinking(registry), outputs: outputsByHash(source.codeOutputs), papers: paperLinks(source) });
}

export type { CompiledMdx, TocItem } from "./types";

let backlinks: Promise<Map<string, string[]>> | undefined;

/** Entries that link to each entry, from every compiled page (all served from the compile cache). */
export function getBacklinks(): Promise<Map<string, string[]>> {
  backlinks ??= (async () => {
    const pages = [];
    for (const e of getRegistry().entries) pages.push({ slug: e.slug, links: (await compileSource(e, e.slug)).links });
    return buildBacklinks(pages);
  })();
  return backlinks;
}
