/**
 * Text normalization shared by the index builder, the query parser, the highlighter and the bench: one
 * definition of what a "term" is, so indexing and querying cannot drift apart. Pure, no DOM.
 */

/** Queries are cut to this many characters before anything else happens (a 10 000-char paste costs nothing). */
export const MAX_QUERY_LENGTH = 200;
/** At most this many terms of a query are searched; the rest are ignored. */
export const MAX_QUERY_TERMS = 12;
/** Longer "words" (base64, hashes, pasted garbage) are cut to this length. */
export const MAX_TERM_LENGTH = 32;

/**
 * Characters that look like Latin letters (Cyrillic, Greek) and a few typographic variants NFKC keeps.
 * Someone pasting "Lауer Norm" with a Cyrillic "у" still finds Layer Normalization.
 */
const LOOKALIKES: Record<string, string> = {
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x", і: "i", ј: "j", ѕ: "s", ԁ: "d", ɡ: "g", һ: "h", ԛ: "q", ԝ: "w",
  α: "a", β: "b", ε: "e", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", ϲ: "c",
  ı: "i", ł: "l", ø: "o", đ: "d", ß: "ss", æ: "ae", œ: "oe",
  "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "’": "'", "‘": "'",
};
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "g");

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Anything that is not a letter or digit of the normalized text separates terms. */
const SPLIT_RE = /[^a-z0-9]+/;

/**
 * Small English stop-word list: removed from the full-text side of queries and of indexed text (never
 * from exact title/alias keys, where "IN" is Instance Normalization).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an and are as at be been being but by can could did do does doing done for from had has have having he her his how i if in into is it its " +
    "itself just may me might more most must my no nor not of off on once only or other our out over own same she should so some such than that " +
    "the their them then there these they this those through to too under until up very was we were what when where which while who whom why " +
    "will with would you your also each both any all about above after again against because before below between during few further here per via"
  ).split(" "),
);

/**
 * Lower-cases, applies NFKC (full-width letters, ligatures), maps lookalikes, strips diacritics and
 * control characters. Keeps the length bounded by `max` code points.
 */
export function normalizeText(input: string, max = Number.POSITIVE_INFINITY): string {
  let s = typeof input === "string" ? input : String(input ?? "");
  // Fast path: printable ASCII needs only lower-casing.
  if (s.length <= max && PRINTABLE_ASCII.test(s)) return s.toLowerCase();
  if (s.length > max * 2) s = s.slice(0, max * 2);
  s = s.normalize("NFKC").toLowerCase().replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
  s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  // Control, format (zero-width) and private-use characters become spaces.
  s = s.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, " ");
  if (s.length > max) s = Array.from(s).slice(0, max).join("");
  return s;
}

/** A query as typed, made safe: bounded length, no control characters, trimmed. What the UI echoes back. */
export function cleanQuery(input: unknown): string {
  const s = typeof input === "string" ? input : "";
  if (s.length <= MAX_QUERY_LENGTH && PRINTABLE_ASCII.test(s)) return s.replace(/\s+/g, " ").trim();
  const cut = Array.from(s.slice(0, MAX_QUERY_LENGTH * 2)).slice(0, MAX_QUERY_LENGTH).join("");
  return cut.replace(/[\p{Cc}\p{Cf}]/gu, " ").replace(/\s+/g, " ").trim();
}

/**
 * Tiny plural stemmer, idempotent: networks→network, losses→loss, biases→bias, entropies→entropy.
 * Deliberately conservative (no suffix stripping beyond plurals): prefix search covers the rest.
 */
export function stem(w: string): string {
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  if (w.endsWith("ies") && n > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("as") || w.endsWith("os")) return w;
  if (w.endsWith("es") && n > 4) {
    const before = w.slice(0, -2);
    if (/(?:s|x|z|ch|sh)$/.test(before)) return before;
  }
  return w.slice(0, -1);
}

/**
 * Derivational suffixes stripped by `root`, longest first. British -ise/-isation forms reduce to the same
 * root as American -ize/-ization ones, so "optimiser" meets "optimizer" without a spelling table.
 */
const SUFFIXES = [
  "izations", "isations", "ization", "isation", "ational", "izing", "ising", "ations", "izers", "isers", "ation", "izer", "iser",
  "ized", "ised", "izes", "ises", "ize", "ise", "ities", "ity", "ings", "ing", "ated", "ates", "ate", "ions", "ion", "ers", "er", "ed",
  "ically", "ical", "ally", "ly", "ness", "ments", "ment", "ive", "ies", "ic", "al", "iz", "y", "e",
];

/**
 * Root form for whole-word matching across derivations: extrapolation/extrapolate → "extrapol",
 * normalisation/normalized/norm → "norm". Applied twice (convolutional → convolution → convolut). Only applied to complete words (a half-typed word is
 * matched by prefix instead). Keeps at least 4 letters.
 */
export function root(term: string): string {
  let r = rootCache.get(term);
  if (r === undefined) {
    r = stripSuffix(stripSuffix(term));
    if (rootCache.size >= ROOT_CACHE_SIZE) rootCache.clear();
    rootCache.set(term, r);
  }
  return r;
}
const ROOT_CACHE_SIZE = 50_000;
const rootCache = new Map<string, string>();

function stripSuffix(term: string): string {
  if (term.length <= 4 || /\d/.test(term)) return term;
  for (const suf of SUFFIXES) {
    if (term.length - suf.length >= 4 && term.endsWith(suf)) return term.slice(0, -suf.length);
  }
  return term;
}

/** Words of already-normalized text, unfiltered and unstemmed. */
export function words(normalized: string): string[] {
  const out: string[] = [];
  for (const w of normalized.split(SPLIT_RE)) if (w) out.push(w.length > MAX_TERM_LENGTH ? w.slice(0, MAX_TERM_LENGTH) : w);
  return out;
}

/** Index/query terms: normalized words, stop words removed, plurals stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(normalizeText(text))) if (!STOPWORDS.has(w)) out.push(stem(w));
  return out;
}

/**
 * Key for exact title/alias/API lookups: every word (stop words kept), stemmed, joined by one space.
 * "Grouped-Query Attention" and "grouped query attentions" share a key.
 */
export function phraseKey(text: string, max = MAX_QUERY_LENGTH): string {
  return words(normalizeText(text, max)).map(stem).join(" ");
}

/** Splits camelCase and letter/digit boundaries of an identifier-like word: "ConvTranspose2d" → conv, transpose, 2d. */
export function camelParts(raw: string): string[] {
  const parts = raw
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return parts.length > 1 ? parts.map((p) => p.toLowerCase()) : [];
}

/** Terms of a short identifying field (title, alias, API): words plus camelCase parts ("GroupNorm" → groupnorm, group, norm). */
export function fieldTerms(text: string): string[] {
  const out = terms(text);
  for (const raw of text.split(/[\s/(),]+/)) for (const p of camelParts(raw)) if (!STOPWORDS.has(p)) out.push(stem(p));
  return out;
}
