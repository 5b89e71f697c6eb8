import type { OutboundLink } from "../mdx/types";

export interface LinkTargets {
  /** slug → heading and anchor ids of that entry page. */
  entries: Map<string, Set<string>>;
  /** slug → ids on that category page. */
  categories: Map<string, Set<string>>;
  /** Top-level routes that exist besides entries and categories. */
  routes: Set<string>;
}

export interface LinkProblem {
  url: string;
  line: number;
  problem: string;
}

const INTERNAL = /^\/(entries|categories)\/([^/#?]+)\/?(?:#(.*))?$/;

/**
 * Checks the links of one page. Internal links must reach an existing page and, with a #hash, an id on it;
 * same-page #hashes must exist on `ownIds`. External links are checked for form only (no network here).
 */
export function checkLinks(links: OutboundLink[], ownIds: Set<string>, targets: LinkTargets): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const { url, line } of links) {
    const fail = (problem: string) => problems.push({ url, line, problem });
    if (url.startsWith("#")) {
      const id = decodeURIComponent(url.slice(1));
      if (!ownIds.has(id)) fail(`no heading or anchor "#${id}" on this page`);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      if (!/^(https?:|mailto:)/i.test(url)) fail("only http(s) and mailto external links are allowed");
      else if (/^https?:/i.test(url)) {
        try {
          const parsed = new URL(url);
          if (!parsed.hostname.includes(".")) fail("external link has no valid host name");
        } catch {
          fail("malformed external URL");
        }
      }
      continue;
    }
    if (!url.startsWith("/")) {
      fail("relative links break when pages move; write /entries/<slug> or /categories/<slug>");
      continue;
    }
    const m = INTERNAL.exec(url);
    if (!m) {
      const route = url.split(/[?#]/)[0]!.replace(/\/$/, "") || "/";
      if (!targets.routes.has(route)) fail(`no page at ${route}`);
      continue;
    }
    const [, kind, slug, hash] = m;
    const pages = kind === "entries" ? targets.entries : targets.categories;
    const ids = pages.get(slug!);
    if (!ids) fail(`no ${kind === "entries" ? "entry" : "category"} "${slug}"`);
    else if (hash !== undefined && hash !== "" && !ids.has(decodeURIComponent(hash))) fail(`no heading or anchor "#${hash}" on /${kind}/${slug}`);
  }
  return problems;
}
