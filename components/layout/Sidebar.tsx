import type { Category } from "@/lib/content";

export interface SidebarProps {
  categories: Pick<Category, "slug" | "title" | "entries">[];
  currentCategory?: string;
  currentEntry?: string;
}

/**
 * Categories as collapsible groups; the current category is open and the current entry marked.
 * Site links are plain <a>, not next/link: pages are static files, and client-side navigation would
 * prefetch the React payload of every sidebar link in view (hundreds of large files) and add the
 * router's link code to every page's first-load JS.
 */
export function Sidebar({ categories, currentCategory, currentEntry }: SidebarProps) {
  return (
    <nav aria-label="Encyclopedia" className="sidebar-nav">
      <ul>
        {categories.map((c) => (
          <li key={c.slug}>
            <details open={c.slug === currentCategory}>
              {/* A summary must not contain a link (nested interactive controls): the category page is the first item. */}
              <summary>
                <span>{c.title}</span>
                <span className="count" aria-label={`${c.entries.length} entries`}>{c.entries.length}</span>
              </summary>
              <ul>
                <li className="sidebar-overview">
                  <a href={`/categories/${c.slug}`} aria-current={c.slug === currentCategory && !currentEntry ? "page" : undefined}>
                    Overview
                  </a>
                </li>
                {c.entries.map((e) => (
                  <li key={e.slug}>
                    <a href={`/entries/${e.slug}`} aria-current={e.slug === currentEntry ? "page" : undefined}>
                      {e.title}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </nav>
  );
}
