import type { Category } from "@/lib/content";
import { escapeHtml } from "@/lib/html";

export interface SidebarProps {
  categories: Pick<Category, "slug" | "title" | "entries">[];
  currentCategory?: string;
  currentEntry?: string;
}

/**
 * The sidebar's markup: every category, and the entries of the current one only (an open <details>):
 * listing all 274 entries on every page made the sidebar ~780 elements. Other categories link to their
 * page, which lists their entries; the A–Z page and the sitemap link every entry for crawlers. Site
 * links are plain <a>, not next/link: pages are static files, and client-side navigation would prefetch
 * the React payload of every sidebar link in view and add the router's link code to every page.
 */
export function sidebarHtml({ categories, currentCategory, currentEntry }: SidebarProps): string {
  const current = (yes: boolean) => (yes ? ' aria-current="page"' : "");
  // The number is seen; "entries" is read with it ("Attention, 31 entries"). aria-label is not allowed on a span.
  const count = (n: number) => `<span class="count"><span class="visually-hidden">, </span>${n}<span class="visually-hidden"> ${n === 1 ? "entry" : "entries"}</span></span>`;
  const groups = categories.map((c) => {
    if (c.slug !== currentCategory) return `<li><a class="sidebar-category" href="/categories/${escapeHtml(c.slug)}"><span>${escapeHtml(c.title)}</span>${count(c.entries.length)}</a></li>`;
    const items = c.entries.map((e) => `<li><a href="/entries/${escapeHtml(e.slug)}"${current(e.slug === currentEntry)}>${escapeHtml(e.title)}</a></li>`).join("");
    // A summary must not contain a link (nested interactive controls): the category page is the first item.
    return (
      `<li><details open>` +
      `<summary><span>${escapeHtml(c.title)}</span>${count(c.entries.length)}</summary>` +
      `<ul><li class="sidebar-overview"><a href="/categories/${escapeHtml(c.slug)}"${current(!currentEntry)}>Overview</a></li>${items}</ul>` +
      `</details></li>`
    );
  });
  return `<ul>${groups.join("")}</ul>`;
}

/**
 * The sidebar, a server component rendered the same way by `next dev` and `next build`. It has no
 * behaviour (the groups are native <details>), so its markup is one string: React carries it in each
 * page's inline payload as one text row, fewer bytes than the same markup as elements (measured for an
 * entry page, as the page carries it: 12.9 KB against 17.4 KB, gzipped 1.5 against 1.8 KB), and
 * hydration leaves it alone instead of walking ~150 elements.
 */
export function Sidebar(props: SidebarProps) {
  return <nav aria-label="Encyclopedia" className="sidebar-nav" dangerouslySetInnerHTML={{ __html: sidebarHtml(props) }} />;
}
