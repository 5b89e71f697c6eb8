import { escapeHtml } from "../html";

export interface SitemapPage {
  /** Path from the site's root: "/", "/entries/adam". */
  path: string;
  priority: number;
}

/**
 * The sitemap (sitemaps.org 0.9) of the pages, at `siteUrl` (where the site is published, no trailing
 * slash). Only a build with SITE_URL has one: a sitemap lists absolute URLs, and a guessed host would
 * be wrong wherever the site is served (scripts/build-content.ts writes or removes public/sitemap.xml).
 */
export function sitemapXml(siteUrl: string, pages: SitemapPage[]): string {
  const urls = pages.map((p) => `<url><loc>${escapeHtml(siteUrl + p.path)}</loc><priority>${p.priority}</priority></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** Every page a reader arrives at from outside: home, A–Z, search, categories, entries. */
export function sitemapPages(registry: { entries: { slug: string }[]; categories: { slug: string }[] }): SitemapPage[] {
  return [
    { path: "/", priority: 1 },
    { path: "/a-z", priority: 0.6 },
    { path: "/search", priority: 0.3 },
    ...registry.categories.map((c) => ({ path: `/categories/${c.slug}`, priority: 0.8 })),
    ...registry.entries.map((e) => ({ path: `/entries/${e.slug}`, priority: 0.7 })),
  ];
}
