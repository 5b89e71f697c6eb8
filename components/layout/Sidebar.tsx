import type { Category } from "@/lib/content";
import { escapeHtml } from "@/lib/html";

export interface SidebarProps {
  categories: Pick<Category, "slug" | "title" | "entries">[];
  currentCategory?: string;
  currentEntry?: string;
}

/**
 * The sidebar's markup: categories as collapsible groups (<details>), the current category open and the
 * current entry marked. Site links are plain <a>, not next/link: pages are static files, and client-side
 * navigation would prefetch the React payload of every sidebar link in view (hundreds of large files) and
 * add the router's link code to every page's first-load JS.
 */
export function sidebarHtml({ categories, currentCategory, currentEntry }: SidebarProps): string {
  const current = (yes: boolean) => (yes ? ' aria-current="page"' : "");
  const groups = categories.map((c) => {
    const items = c.entries.map((e) => `<li><a href="/entries/${escapeHtml(e.slug)}"${current(e.slug === currentEntry)}>${escapeHtml(e.title)}</a></li>`).join("");
    // A summary must not contain a link (nested interactive controls): the category page is the first item.
    return (
      `<li><details${c.slug === currentCategory ? " open" : ""}>` +
      `<summary><span>${escapeHtml(c.title)}</span><span class="count" aria-label="${c.entries.length} entries">${c.entries.length}</span></summary>` +
      `<ul><li class="sidebar-overview"><a href="/categories/${escapeHtml(c.slug)}"${current(c.slug === currentCategory && !currentEntry)}>Overview</a></li>${items}</ul>` +
      `</details></li>`
    );
  });
  return `<ul>${groups.join("")}</ul>`;
}

/**
 * The sidebar. It has no behaviour React would add (the groups are native <details>), so it is one
 * block of static markup: React does not hydrate the ~780 elements inside it, which on a phone saves a
 * large part of the page's start-up work.
 */
export function Sidebar(props: SidebarProps) {
  return <nav aria-label="Encyclopedia" className="sidebar-nav" dangerouslySetInnerHTML={{ __html: sidebarHtml(props) }} />;
}
