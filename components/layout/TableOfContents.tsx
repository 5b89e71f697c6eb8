import type { TocItem } from "@/lib/mdx/types";

/**
 * "On this page": static markup (no hydrated component). The first section is marked current until the
 * scroll-spy (toc-spy.ts, loaded with the page's enhancements) follows the reader.
 */
export function TableOfContents({ items }: { items: TocItem[] }) {
  if (items.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading" className="toc-heading">On this page</h2>
      <ul>
        {items.map((i, n) => (
          <li key={i.id} className={i.depth === 3 ? "toc-sub" : undefined}>
            <a href={`#${i.id}`} aria-current={n === 0 ? "location" : undefined}>
              {i.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
