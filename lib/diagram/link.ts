/**
 * Matching box labels to entries. Pure: the page builds a lookup from the content registry's alias map
 * (lower-cased title or alias → slug) and hands it to the renderer.
 */

export interface LinkTarget {
  slug: string;
  title: string;
}

/** Returns the entry a label names, if any. */
export type LinkLookup = (label: string) => LinkTarget | undefined;

/** Abbreviations diagrams use for words in entry titles. */
const ABBREVIATIONS: Record<string, string> = {
  attn: "attention",
  norm: "normalization",
  normalisation: "normalization",
  embed: "embedding",
  emb: "embedding",
  conv: "convolution",
  ffn: "feed forward network",
  ff: "feed forward",
  mlp: "multilayer perceptron",
  pos: "positional",
  position: "positional",
  enc: "encoder",
  dec: "decoder",
};

function singular(word: string): string {
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower case, no parentheses' contents if asked, hyphens, slashes and dots as spaces, single spaces. */
export function normaliseLabel(text: string, dropParentheses = false): string {
  let t = text.normalize("NFKC").toLowerCase();
  if (dropParentheses) t = t.replace(/\([^()]*\)|\[[^[\]]*\]/g, " ");
  return t
    .replace(/[-‐-―_/\\·.:,;'"`’“”]+/g, " ")
    .replace(/[^\p{L}\p{N}+# ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The forms a label or title is matched by: words expanded and singular, then joined without spaces. */
export function labelKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const drop of [false, true]) {
    const norm = normaliseLabel(text, drop);
    if (!norm) continue;
    const words = norm
      .split(" ")
      .flatMap((w) => (ABBREVIATIONS[w] ?? w).split(" "))
      .map(singular);
    const key = words.join("");
    // A key must say something: at least three characters, one of them a letter.
    if (key.length >= 3 && /\p{L}/u.test(key)) keys.add(key);
  }
  return [...keys];
}

/**
 * Builds a lookup from lower-cased titles and aliases to slugs (the registry's `aliases` map; titles
 * first, so a title wins over another entry's alias). `exclude` drops one slug (the page's own entry).
 */
export function createLinkLookup(
  aliases: Iterable<[string, string]>,
  titleOf: (slug: string) => string | undefined,
  options: { exclude?: string } = {},
): LinkLookup {
  const index = new Map<string, string>();
  for (const [name, slug] of aliases) {
    if (slug === options.exclude) continue;
    for (const key of labelKeys(name)) if (!index.has(key)) index.set(key, slug);
  }
  return (label) => {
    for (const key of labelKeys(label)) {
      const slug = index.get(key);
      if (slug) return { slug, title: titleOf(slug) ?? slug };
    }
    return undefined;
  };
}

/**
 * Tries a box's whole label (its lines joined: "Multi / Head / Attn"), then its first line (a container's
 * heading). `whole` says which matched.
 */
export function matchLink(lines: readonly string[], lookup: LinkLookup | undefined): { target: LinkTarget; whole: boolean } | undefined {
  if (!lookup || lines.length === 0) return undefined;
  const joined = lines.join(" ");
  if (lines.length <= 6 && joined.length <= 120) {
    const hit = lookup(joined);
    if (hit) return { target: hit, whole: true };
  }
  const first = lines.length > 1 ? lookup(lines[0]!) : undefined;
  return first ? { target: first, whole: false } : undefined;
}

export function findLink(lines: readonly string[], lookup: LinkLookup | undefined): LinkTarget | undefined {
  return matchLink(lines, lookup)?.target;
}
