import { slugify } from "../content/slug";

export interface LinkTerm {
  /** The text as written in the title, alias or glossary heading. */
  text: string;
  /** Link target: /entries/<slug> or /entries/glossary#<id>. */
  href: string;
  /** Slug of the page the link goes to (self-links are skipped). */
  slug: string;
  /** Short all-caps abbreviations (GQA, LN) only match with the same case. */
  caseSensitive: boolean;
}

export interface TermSource {
  slug: string;
  title: string;
  aliases: string[];
}

/** Abbreviations up to this length (GQA, RoPE's "LN") match case-sensitively. */
const SHORT = 5;
/** Aliases that are too generic or too short to link on sight. */
const MIN_LENGTH = 2;

function isAbbreviation(text: string): boolean {
  return text.length <= SHORT && /[A-Z]/.test(text) && text === text.toUpperCase();
}

/**
 * The vocabulary the auto-linker looks for: entry titles and aliases (an alias shared by two entries is
 * ambiguous and left out), and glossary terms, which link to their section of the glossary page.
 * API-like aliases (torch.nn.X) are left out: they read as code, not prose.
 */
export function buildLinkTerms(entries: TermSource[], glossaryTerms: string[] = []): LinkTerm[] {
  const owners = new Map<string, Set<string>>();
  const add = (text: string, slug: string) => {
    const key = text.toLowerCase();
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(slug);
  };
  for (const e of entries) if (e.slug !== "glossary") for (const t of [e.title, ...e.aliases]) add(t.trim(), e.slug);

  const terms = new Map<string, LinkTerm>();
  for (const e of entries) {
    for (const raw of [e.title, ...e.aliases]) {
      const text = raw.trim();
      const key = text.toLowerCase();
      if (e.slug === "glossary" || text.length < MIN_LENGTH || /[.()]/.test(text) || owners.get(key)!.size > 1) continue;
      if (!terms.has(key) || isAbbreviation(text)) terms.set(isAbbreviation(text) ? text : key, { text, href: `/entries/${e.slug}`, slug: e.slug, caseSensitive: isAbbreviation(text) });
    }
  }
  for (const g of glossaryTerms) {
    const key = g.toLowerCase();
    if (owners.has(key) || terms.has(key)) continue; // a full entry wins over the one-line definition
    terms.set(isAbbreviation(g) ? g : key, { text: g, href: `/entries/glossary#${slugify(g)}`, slug: "glossary", caseSensitive: isAbbreviation(g) });
  }
  return [...terms.values()].sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}

/** Glossary terms are the `## Term` headings of the glossary entry. */
export function glossaryTermsOf(body: string): string[] {
  return body
    .split("\n")
    .filter((l) => l.startsWith("## "))
    .map((l) => l.slice(3).replace(/\s*\{#[a-z0-9-]+\}\s*$/, "").trim());
}

export function termsFromRegistry(registry: { entries: TermSource[]; entry(slug: string): { body: string } | undefined }): LinkTerm[] {
  const glossary = registry.entry("glossary");
  return buildLinkTerms(registry.entries, glossary ? glossaryTermsOf(glossary.body) : []);
}
