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

/**
 * Aliases that are ordinary words in prose ("a dense vector", "the critic", "about"): linking every first
 * "dense" to the Linear layer would be noise, so these are never auto-linked (explicit links still work).
 */
const NOT_ON_SIGHT = new Set(["dense", "critic", "fire", "grounding", "recurrence", "throttling", "abstention", "debiasing", "dilation", "cardinality", "glow", "capsules", "adapters", "codebook", "distillation"]);

/** GQA and LN, but also mixed-case names (RoPE, LoRA, ZeRO, CfC): their case tells them from ordinary words. */
function isAbbreviation(text: string): boolean {
  if (text.length > 8 || !/[A-Z]/.test(text)) return false;
  return text === text.toUpperCase() ? text.length <= SHORT : /[A-Z]/.test(text.slice(1));
}

/**
 * A title without its parenthetical: "Multi-Head Attention (MHA)" is written "multi-head attention" in
 * prose, and the title itself has parentheses, which no term may have. It names the entry unless another
 * entry's title or alias already says the same.
 */
function bareTitle(title: string): string | undefined {
  const bare = title.replace(/\s*\([^()]*\)\s*/g, " ").replace(/\s+/g, " ").trim();
  return bare && bare !== title.trim() ? bare : undefined;
}

/**
 * The vocabulary the auto-linker looks for: entry titles and aliases (an alias shared by two entries is
 * ambiguous and left out), and glossary terms, which link to their section of the glossary page.
 * API-like aliases (torch.nn.X) are left out: they read as code, not prose.
 */
export function buildLinkTerms(entries: TermSource[], glossaryTerms: string[] = [], excludedSlugs: Set<string> = new Set()): LinkTerm[] {
  const owners = new Map<string, Set<string>>();
  const add = (text: string, slug: string) => {
    const key = text.toLowerCase();
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(slug);
  };
  for (const e of entries) if (e.slug !== "glossary") for (const t of [e.title, ...e.aliases]) add(t.trim(), e.slug);
  const namesOf = new Map<TermSource, string[]>();
  for (const e of entries) {
    const bare = bareTitle(e.title);
    const taken = bare !== undefined && [...(owners.get(bare.toLowerCase()) ?? [])].some((s) => s !== e.slug);
    namesOf.set(e, bare && !taken ? [e.title, bare, ...e.aliases] : [e.title, ...e.aliases]);
    if (bare && !taken && e.slug !== "glossary") add(bare, e.slug);
  }

  const terms = new Map<string, LinkTerm>();
  for (const e of entries) {
    for (const raw of namesOf.get(e)!) {
      const text = raw.trim();
      const key = text.toLowerCase();
      if (e.slug === "glossary" || excludedSlugs.has(e.slug) || NOT_ON_SIGHT.has(key)) continue;
      if (text.length < MIN_LENGTH || /[.()_=]/.test(text) || owners.get(key)!.size > 1) continue;
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

/** The site's meta pages (about, references, document information) are linked on purpose, never on sight. */
const META_CATEGORY = "reference";

export function termsFromRegistry(registry: { entries: (TermSource & { category: string })[]; entry(slug: string): { body: string } | undefined }): LinkTerm[] {
  const glossary = registry.entry("glossary");
  const meta = new Set(registry.entries.filter((e) => e.category === META_CATEGORY).map((e) => e.slug));
  return buildLinkTerms(registry.entries, glossary ? glossaryTermsOf(glossary.body) : [], meta);
}
