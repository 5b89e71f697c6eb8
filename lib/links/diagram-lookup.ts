import { createLinkLookup, type LinkLookup } from "../diagram/link";
import type { Registry } from "../content/registry";

/**
 * Box label → entry, for the diagrams of one page. The glossary and the meta pages are left out (a box
 * labelled "ENCODER" is about the architecture's encoder, not a one-line definition), and so is the
 * page itself (its title box would link to itself).
 */
export function diagramLinkLookup(registry: Pick<Registry, "aliases" | "entry">, selfSlug: string): LinkLookup {
  const linkable = [...registry.aliases].filter(([, slug]) => {
    const entry = registry.entry(slug);
    return slug !== "glossary" && entry?.category !== "reference";
  });
  return createLinkLookup(linkable, (slug) => registry.entry(slug)?.title, { exclude: selfSlug });
}
