import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

/** The page shell (root layout, header, head script, sidebar) around an entry, rendered under `env`, as Next renders it. */
async function renderShell(env: "development" | "production") {
  vi.stubEnv("NODE_ENV", env);
  vi.resetModules();
  const { default: RootLayout } = await import("@/app/layout");
  const { PageShell } = await import("@/components/layout/PageShell");
  const { getRegistry } = await import("@/lib/content");
  const entry = getRegistry().entries[0]!;
  const page = createElement(PageShell, { currentCategory: entry.category, currentEntry: entry.slug, children: createElement("article", null, "Entry") });
  return { html: renderToString(createElement(RootLayout, { children: page })), entry };
}

/** The head script run against a fake page: what it does to the document and the window. */
function runHeadScript(script: string, stored: string | null) {
  const root = { dataset: {} as Record<string, string> };
  const listeners: string[] = [];
  const win: Record<string, unknown> = { addEventListener: (type: string) => listeners.push(`window:${type}`) };
  const doc = { documentElement: root, readyState: "loading", addEventListener: (type: string) => listeners.push(`document:${type}`) };
  const localStorage = { getItem: (k: string) => (k === "theme" ? stored : null) };
  const matchMedia = () => ({ matches: false, addEventListener: () => listeners.push("matchMedia:change") });
  new Function("window", "document", "localStorage", "matchMedia", "location", script)(win, doc, localStorage, matchMedia, { protocol: "https:" });
  return { theme: root.dataset.theme, early: win.__atlasSearch, listeners };
}

describe("one rendering model: the shell", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("renders the same DOM under next dev as in the production build, sidebar and head script included", async () => {
    const dev = await renderShell("development");
    const prod = await renderShell("production");
    expect(prod.html).toBe(dev.html);
    const head = prod.html.match(/<head>([\s\S]*?)<\/head>/)![1]!;
    expect(head).toMatch(/^<script data-head-script="">[^<]{500,}<\/script>/);
    expect(prod.html).toContain(`<aside class="site-sidebar" id="site-sidebar"><nav aria-label="Encyclopedia" class="sidebar-nav"><ul>`);
    expect(prod.html).toContain(`<a href="/entries/${prod.entry.slug}" aria-current="page">`);
  });

  it("the head script sets the theme before first paint, keeps the early search shortcut and wires the header", async () => {
    const { html } = await renderShell("production");
    const script = html.match(/<script data-head-script="">([\s\S]*?)<\/script>/)![1]!;
    const dark = runHeadScript(script, "dark");
    expect(dark.theme).toBe("dark");
    expect(dark.early).toMatchObject({ pending: false, typed: "" });
    expect(dark.listeners).toEqual(["window:keydown", "document:click", "document:keydown", "matchMedia:change", "document:DOMContentLoaded"]);
    expect(runHeadScript(script, null).theme).toBe("light");
  });
});
