/**
 * The sidebar (components/layout/Sidebar.tsx) and the head script (components/layout/head-script.tsx)
 * are written into each production page after rendering, into empty slots React leaves alone when
 * hydrating, so React's payload inlined in every page does not carry a second copy of them.
 */
import { transformSync } from "esbuild";
import { HEAD_SCRIPT, HEAD_SCRIPT_SLOT } from "../../components/layout/head-script";
import { SIDEBAR_SLOT, sidebarHtml } from "../../components/layout/Sidebar";
import type { Registry } from "../../lib/content/registry";

export interface SlotFiller {
  /** The page with its slots filled, and what was wrong with them. */
  fill(html: string, page: string): { html: string; problems: string[]; sidebar: boolean; headScript: boolean };
  headScriptBytes: number;
}

export function slotFiller(registry: Pick<Registry, "categories" | "entry">): SlotFiller {
  const known = new Set(registry.categories.map((c) => c.slug));
  // Under tsx, esbuild's keepNames wraps the serialized function's inner functions in __name(): give
  // it that identity helper (minification then removes it).
  const headScript = transformSync(`(function(){var __name=function(f){return f};${HEAD_SCRIPT}})();`, { minify: true, target: "es2020" })
    .code.trim()
    .replace(/<\/script/gi, "<\\/script");
  return {
    headScriptBytes: headScript.length,
    fill(original, page) {
      const problems: string[] = [];
      let html = original;
      let headFilled = false;
      if (html.includes(HEAD_SCRIPT_SLOT)) {
        html = html.replace(HEAD_SCRIPT_SLOT, () => `<script data-head-script="">${headScript}</script>`);
        headFilled = true;
      } else if (html.includes("<head>")) problems.push(`${page}: has no head script slot`);
      let slots = 0;
      html = html.replace(SIDEBAR_SLOT, (_m, category: string | undefined, entry: string | undefined) => {
        slots++;
        if (category && !known.has(category)) problems.push(`${page}: sidebar slot names unknown category "${category}"`);
        if (entry && registry.entry(entry)?.category !== category) problems.push(`${page}: sidebar slot names entry "${entry}" outside "${category}"`);
        return `<nav aria-label="Encyclopedia" class="sidebar-nav">${sidebarHtml({ categories: registry.categories, currentCategory: category, currentEntry: entry })}</nav>`;
      });
      if (!slots && html.includes('class="site-sidebar"')) problems.push(`${page}: has a sidebar but no slot to fill`);
      return { html, problems, sidebar: slots > 0, headScript: headFilled };
    },
  };
}
