import { slug as githubSlug } from "github-slugger";

/**
 * The one slugger of the site. Heading ids, the table of contents, anchor links, diagram box anchors and
 * the link checker all derive ids from here, so they cannot drift apart.
 */
export function slugify(text: string): string {
  return githubSlug(text.trim());
}

/** `## Title {#custom-id}`: the explicit id syntax lets a heading be renamed without breaking links. */
export const EXPLICIT_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;
