import { structureOf } from "../mdx/structure";
import type { Registry } from "../content/registry";

export interface EntryPreview {
  slug: string;
  title: string;
  category: string;
  maturity: string;
  summary: string;
  /** Section id → its title and first lines, for previews of links with a #hash. */
  sections: Record<string, { title: string; excerpt: string }>;
}

const EXCERPT = 240;

function excerpt(text: string): string {
  if (text.length <= EXCERPT) return text;
  const cut = text.slice(0, EXCERPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), EXCERPT - 40))}…`;
}

/** The small per-entry JSON that hover previews read (not the full page). */
export function buildPreviews(registry: Registry): EntryPreview[] {
  return registry.entries.map((e) => {
    const sections: EntryPreview["sections"] = {};
    for (const s of structureOf(e.file, e.body, e.bodyLine - 1).sections) if (s.id) sections[s.id] = { title: s.heading, excerpt: excerpt(s.text) };
    return { slug: e.slug, title: e.title, category: registry.category(e.category)!.title, maturity: e.maturity, summary: e.summary, sections };
  });
}
