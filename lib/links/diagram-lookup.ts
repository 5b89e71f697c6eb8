import { createLinkLookup, type LinkLookup } from "../diagram/link";
import type { Registry } from "../content/registry";
import type { TermMatcher } from "./autolink";
import { labelEntry } from "./label-link";

/**
 * Box label → entry, for the diagrams of one page. The glossary and the meta pages are left out (a box
 * labelled "ENCODER" is about the architecture's encoder, not a one-line definition), and so is the
 * page itself (its title box would link to itself).
 *
 * A label links when it is an entry's title or alias as the diagrams write them ("Multi / Head / Attn",
 * lib/diagram/link.ts), or, given the auto-linker's `matcher`, when it names an entry the way prose
 * does, give or take notes and numbers ("Multi-Head Self-Attention (12 heads)", lib/links/label-link.ts).
 */
export function diagramLinkLookup(registry: Pick<Registry, "aliases" | "entry">, selfSlug: string, matcher?: TermMatcher): LinkLookup {
  const linkable = [...registry.aliases].filter(([, slug]) => {
    const entry = registry.entry(slug);
    return slug !== "glossary" && entry?.category !== "reference";
  });
  const byKey = createLinkLookup(linkable, (slug) => registry.entry(slug)?.title, { exclude: selfSlug });
  if (!matcher) return byKey;
  return (label) => {
    const hit = byKey(label);
    if (hit) return hit;
    const term = labelEntry(label, matcher, selfSlug);
    if (!term || registry.entry(term.slug)?.category === "reference") return undefined;
    return { slug: term.slug, title: registry.entry(term.slug)?.title ?? term.slug };
  };
}
