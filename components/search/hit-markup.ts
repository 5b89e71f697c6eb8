/**
 * The one renderer of a search hit, shared by the search dialog (React, SearchHitView.tsx) and the search
 * page (plain DOM, page-controller.ts, which ships no React): `hitMarkup` describes a hit's link content
 * as a small tree, `toDom` builds it with DOM nodes and SearchHitView with React elements, so both show
 * the same markup by construction (hit-markup.test.ts renders one hit both ways and compares).
 * Everything is text nodes and <span>/<mark> elements, never HTML strings.
 */
import type { SearchHit } from "@/lib/search/engine";
import { splitByRanges, type Range } from "@/lib/search/highlight";
import type { HitView } from "@/lib/search/hit-view";

/** A node of a hit's markup: text, or an element with its class and children. */
export type Markup = string | { tag: "span" | "mark"; className?: string; hidden?: true; children: Markup[] };

const span = (className: string | undefined, children: Markup[], hidden?: true): Markup => ({ tag: "span", className, hidden, children });

/** Text with its matched words in <mark>. */
export function highlightedMarkup(text: string, ranges: readonly Range[]): Markup[] {
  return splitByRanges(text, ranges).map((p) => (p.mark ? { tag: "mark", children: [p.text] } : p.text));
}

/** A hit's snippet (the page replaces only this once a section's text arrives). */
export function snippetMarkup(view: HitView): Markup {
  return span("search-hit-snippet", highlightedMarkup(view.snippet.text, view.snippet.ranges));
}

/** One result's link content: title and category, matching section, snippet. */
export function hitMarkup(hit: SearchHit, view: HitView): Markup[] {
  const out: Markup[] = [span("search-hit-head", [span("search-hit-title", highlightedMarkup(hit.title, view.title)), span("search-hit-category", [hit.category])])];
  if (hit.section) out.push(span("search-hit-section", [span(undefined, ["§ "], true), ...highlightedMarkup(hit.section.heading, view.heading ?? [])]));
  out.push(snippetMarkup(view));
  return out;
}

/** The markup as DOM nodes (the search page). */
export function toDom(m: Markup): Node {
  if (typeof m === "string") return document.createTextNode(m);
  const e = document.createElement(m.tag);
  if (m.className) e.className = m.className;
  if (m.hidden) e.setAttribute("aria-hidden", "true");
  e.append(...m.children.map(toDom));
  return e;
}
