import type { TermMatcher } from "./autolink";
import type { LinkTerm } from "./terms";

/** What a label may not have besides the entry's name: a word of two or more letters, or an equation. */
const MORE = /\p{L}{2,}|[=≈←→]/u;

/**
 * The entry a drawn label (a flowchart node, a diagram box) names, found by the prose auto-linker's
 * matcher (lib/links/autolink.ts) over its vocabulary of entry titles and aliases: the label must be
 * the entry's name, give or take notes in parentheses or brackets ("Multi-Head Self-Attention (12
 * heads)"), numbers, symbols and one-letter names ("Conv 3×3", "Generator G"). A label that says more
 * ("Decoder feed-forward layers", "Linear → ReLU") or is a formula ("y = ReLU(F(x) + x)") names no one entry. Glossary terms and the page's own
 * entry are never targets.
 */
export function labelEntry(label: string, matcher: TermMatcher, selfSlug?: string): LinkTerm | undefined {
  const text = label.replace(/\s+/g, " ").trim();
  const core = text
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const candidate of core === text ? [text] : [text, core]) {
    for (const m of matcher.find(candidate)) {
      if (m.term.slug === "glossary" || m.term.slug === selfSlug) continue;
      const rest = `${candidate.slice(0, m.start)} ${candidate.slice(m.end)}`;
      if (!MORE.test(rest)) return m.term;
    }
  }
  return undefined;
}
