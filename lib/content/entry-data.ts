import katex from "katex";
import { factColumns, hasFacts } from "./facts";
import { factText } from "./facts-table";

/** One fact as /compare shows it: math pre-rendered to HTML, so the page needs no KaTeX code. */
export interface EntryFact {
  key: string;
  label: string;
  help: string;
  /** Plain text ("" when not stated). */
  text: string;
  /** KaTeX HTML for math facts. */
  html?: string;
}

/** public/entry-data/<slug>.json: what /compare needs beyond the entry's own page. */
export interface EntryData {
  v: 1;
  slug: string;
  title: string;
  category: string;
  categoryTitle: string;
  facts: EntryFact[];
}

interface Source {
  slug: string;
  title: string;
  category: string;
  facts?: Record<string, unknown>;
}

export function entryData(entry: Source, categoryTitle: string): EntryData {
  const facts: EntryFact[] = hasFacts(entry.category)
    ? factColumns[entry.category].map((c) => {
        const value = entry.facts?.[c.key];
        const text = factText(c, value);
        const fact: EntryFact = { key: c.key, label: c.label, help: c.help, text };
        if (c.kind === "math" && text) fact.html = katex.renderToString(text, { throwOnError: true, output: "html" });
        return fact;
      })
    : [];
  return { v: 1, slug: entry.slug, title: entry.title, category: entry.category, categoryTitle, facts };
}
