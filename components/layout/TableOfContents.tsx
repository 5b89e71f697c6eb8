import type { TocItem } from "@/lib/mdx/types";
import "./toc.css";

function TocList({ items }: { items: TocItem[] }) {
  return (
    <ul>
      {items.map((i, n) => (
        <li key={i.id} className={i.depth === 3 ? "toc-sub" : undefined}>
          <a href={`#${i.id}`} aria-current={n === 0 ? "location" : undefined}>
            {i.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * "On this page": static markup (no hydrated component). The first section is marked current until the
 * scroll-spy (toc-spy.ts, loaded with the page's enhancements) follows the reader.
 *
 * Two forms of the same list: the right rail on wide screens, and, where the rail is hidden (below
 * 1180 px), a disclosure at the top of the article, closed, that opens with a click or Enter/Space on
 * its summary and works without JavaScript. CSS shows one of the two at any width.
 */
export function TableOfContents({ items, variant = "rail" }: { items: TocItem[]; variant?: "rail" | "inline" }) {
  if (items.length === 0) return null;
  if (variant === "inline")
    return (
      <details className="toc toc--inline">
        <summary>On this page</summary>
        <nav aria-label="On this page">
          <TocList items={items} />
        </nav>
      </details>
    );
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading" className="toc-heading">On this page</h2>
      <TocList items={items} />
    </nav>
  );
}
