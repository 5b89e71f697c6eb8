import Link from "next/link";
import type { Category } from "@/lib/content";

export interface SidebarProps {
  categories: Pick<Category, "slug" | "title" | "entries">[];
  currentCategory?: string;
  currentEntry?: string;
}

/** Categories as collapsible groups; the current category is open and the current entry marked. */
export function Sidebar({ categories, currentCategory, currentEntry }: SidebarProps) {
  return (
    <nav aria-label="Encyclopedia" className="sidebar-nav">
      <ul>
        {categories.map((c) => (
          <li key={c.slug}>
            <details open={c.slug === currentCategory}>
              <summary>
                <Link href={`/categories/${c.slug}`} aria-current={c.slug === currentCategory && !currentEntry ? "page" : undefined}>
                  {c.title}
                </Link>
                <span className="count" aria-label={`${c.entries.length} entries`}>{c.entries.length}</span>
              </summary>
              <ul>
                {c.entries.map((e) => (
                  <li key={e.slug}>
                    <Link href={`/entries/${e.slug}`} aria-current={e.slug === currentEntry ? "page" : undefined}>
                      {e.title}
                    </Link>
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
