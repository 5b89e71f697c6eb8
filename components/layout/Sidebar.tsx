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

/** Marks the sidebar slot of a built page: the build fills it in (scripts/postbuild/page-slots.ts). */
export const SIDEBAR_SLOT = /<nav aria-label="Encyclopedia" class="sidebar-nav" data-sidebar-slot=""(?: data-category="([a-z0-9-]+)")?(?: data-entry="([a-z0-9-]+)")?><\/nav>/g;

/**
 * The sidebar. It has no behaviour React would add (the groups are native <details>), so it is static
 * markup that React neither renders nor hydrates. In a production build the page carries an empty slot
 * and the markup is written into each page's HTML after `next build`, so that the React payload inlined
 * in every page does not carry a second copy of it (React leaves an element's dangerouslySetInnerHTML
 * alone when hydrating). `next dev` has no such step and renders it directly.
 */
export function Sidebar(props: SidebarProps) {
  const html = process.env.NODE_ENV === "production" ? "" : sidebarHtml(props);
  return (
    <nav aria-label="Encyclopedia" className="sidebar-nav" data-sidebar-slot="" data-category={props.currentCategory} data-entry={props.currentEntry} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
