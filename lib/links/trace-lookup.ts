import type { TraceNode } from "../content/traces";
import type { Registry } from "../content/registry";
import type { LinkLookup } from "../diagram/link";
import type { LinkRef } from "../trace/graph";
import { diagramLinkLookup } from "./diagram-lookup";

/**
 * The entry a traced module or operation names, through the same alias knowledge the auto-links and
 * the box diagrams use (the registry's titles and aliases, which list API names such as nn.LayerNorm,
 * F.softmax, torch.nn.MultiheadAttention):
 * - a PyTorch module by its API names: `nn.<Class>`, `torch.nn.<Class>`;
 * - an operation by its functional names: `F.<op>`, `torch.<op>`, `torch.nn.functional.<op>`;
 * - a module class the block defines (MultiHeadAttention, RMSNorm) by its name, matched as box labels
 *   are (words split at capitals and expanded, lib/diagram/link.ts).
 * The page's own entry, the glossary and the meta pages are never targets.
 */
export function traceLinkLookup(registry: Pick<Registry, "aliases" | "entry">, selfSlug: string): (node: TraceNode) => LinkRef | undefined {
  const exact = (name: string): LinkRef | undefined => {
    const slug = registry.aliases.get(name.toLowerCase());
    const entry = slug ? registry.entry(slug) : undefined;
    if (!slug || !entry || slug === selfSlug || slug === "glossary" || entry.category === "reference") return undefined;
    return { slug, title: entry.title };
  };
  // Built on first use: it indexes every alias (~8 ms), and a compile served from the cache never asks.
  let fuzzy: LinkLookup | undefined;
  const cache = new Map<string, LinkRef | undefined>();
  return (node) => {
    const key = `${node.kind}:${node.qual ?? ""}:${node.name}`;
    if (cache.has(key)) return cache.get(key);
    let hit: LinkRef | undefined;
    if (node.kind === "module") {
      if (node.qual?.startsWith("torch.")) hit = exact(`nn.${node.name}`) ?? exact(`torch.nn.${node.name}`);
      else hit = exact(node.name) ?? (fuzzy ??= diagramLinkLookup(registry, selfSlug))(splitWords(node.name));
    } else if (node.kind === "op") {
      const op = node.name.replace(/_$/, "");
      hit = exact(`F.${op}`) ?? exact(`torch.${op}`) ?? exact(`torch.nn.functional.${op}`);
    }
    cache.set(key, hit);
    return hit;
  };
}

/** "MultiHeadAttention" → "Multi Head Attention", "RMSNorm" → "RMS Norm", "SwiGLUFFN" → "Swi GLUFFN". */
export function splitWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/_/g, " ")
    .trim();
}
