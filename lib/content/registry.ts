import { ContentError, ContentErrors } from "./errors";
import type { LoadedCategory, LoadedContent, LoadedEntry } from "./load";

export type Entry = LoadedEntry;
export type Category = LoadedCategory & { entries: Entry[] };

export interface Registry {
  entries: Entry[];
  categories: Category[];
  entry(slug: string): Entry | undefined;
  category(slug: string): Category | undefined;
  /** Lower-cased title or alias → entry slug. */
  aliases: Map<string, string>;
}

/** Line of a frontmatter field in its file, for error messages (fields are top-level YAML keys). */
export function fieldLine(source: string, field: string): number | undefined {
  const idx = source.split("\n").findIndex((l) => l.startsWith(`${field}:`));
  return idx >= 0 ? idx + 1 : undefined;
}

/** Cross-checks loaded content and indexes it: every entry's category and related slug must exist. */
export function buildRegistry(content: LoadedContent): Registry {
  const errors: ContentError[] = [];
  const bySlug = new Map<string, Entry>();
  for (const e of content.entries) bySlug.set(e.slug, e);
  const categories: Category[] = [...content.categories]
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
    .map((c) => ({ ...c, entries: [] }));
  const catBySlug = new Map(categories.map((c) => [c.slug, c]));

  for (const e of content.entries) {
    const cat = catBySlug.get(e.category);
    if (!cat) errors.push(new ContentError(e.file, fieldLine(e.source, "category"), "category", `unknown category "${e.category}" (no content/categories/${e.category}.mdx)`));
    else cat.entries.push(e);
    for (const r of e.related) {
      if (!bySlug.has(r)) errors.push(new ContentError(e.file, fieldLine(e.source, "related"), "related", `unknown related slug "${r}" (no content/entries/${r}.mdx)`));
      if (r === e.slug) errors.push(new ContentError(e.file, fieldLine(e.source, "related"), "related", "an entry cannot be related to itself"));
    }
  }
  if (errors.length) throw new ContentErrors(errors);
  for (const c of categories) c.entries.sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }));

  // Titles win over aliases; among aliases the first entry (alphabetical by slug) keeps a shared alias.
  const aliases = new Map<string, string>();
  const sorted = [...content.entries].sort((a, b) => a.slug.localeCompare(b.slug));
  for (const e of sorted) aliases.set(e.title.toLowerCase(), e.slug);
  for (const e of sorted) for (const a of e.aliases) if (!aliases.has(a.toLowerCase())) aliases.set(a.toLowerCase(), e.slug);

  const entries = categories.flatMap((c) => c.entries);
  return {
    entries,
    categories,
    entry: (slug) => bySlug.get(slug),
    category: (slug) => catBySlug.get(slug),
    aliases,
  };
}
