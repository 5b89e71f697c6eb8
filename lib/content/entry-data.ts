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

/** public/entry-data/<slug>.json: everything /compare shows of an entry (it never reads entry pages). */
export interface EntryData {
  v: 2;
  slug: string;
  title: string;
  category: string;
  categoryTitle: string;
  summary: string;
  /** "Reach for this when…": the problems it solves, as plain text. */
  problems: string[];
  facts: EntryFact[];
  /**
   * Compared section id → its HTML as the entry page renders it ("" when the entry has no such
   * section), made by the content build (scripts/build-compare-data.ts).
   */
  sections: Record<string, string>;
}

interface Source {
  slug: string;
  title: string;
  category: string;
  summary: string;
  problems?: string[];
  facts?: Record<string, unknown>;
}

export function entryData(entry: Source, categoryTitle: string, sections: Record<string, string>): EntryData {
  const facts: EntryFact[] = hasFacts(entry.category)
    ? factColumns[entry.category].map((c) => {
        const value = entry.facts?.[c.key];
        const text = factText(c, value);
        const fact: EntryFact = { key: c.key, label: c.label, help: c.help, text };
        if (c.kind === "math" && text) fact.html = katex.renderToString(text, { throwOnError: true, output: "html" });
        return fact;
      })
    : [];
  return { v: 2, slug: entry.slug, title: entry.title, category: entry.category, categoryTitle, summary: entry.summary, problems: entry.problems ?? [], facts, sections };
}
