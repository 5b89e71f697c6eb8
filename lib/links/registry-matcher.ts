import { createHash } from "node:crypto";
import { createTermMatcher, type TermMatcher } from "./autolink";
import { termsFromRegistry } from "./terms";

type TermRegistry = Parameters<typeof termsFromRegistry>[0];

const cache = new WeakMap<TermRegistry, { matcher: TermMatcher; termsKey: string }>();

/**
 * The auto-linker's matcher over a registry's vocabulary (entry titles, aliases, glossary terms), built
 * once per registry, with a hash of the vocabulary for cache keys. Prose, flowchart nodes and diagram
 * boxes all find entry names with it.
 */
export function registryLinking(registry: TermRegistry): { matcher: TermMatcher; termsKey: string } {
  let l = cache.get(registry);
  if (!l) {
    const terms = termsFromRegistry(registry);
    l = { matcher: createTermMatcher(terms), termsKey: createHash("sha256").update(JSON.stringify(terms)).digest("hex").slice(0, 16) };
    cache.set(registry, l);
  }
  return l;
}
