import { describe, expect, it } from "vitest";
import { SIDEBAR_SLOT, sidebarHtml } from "../../components/layout/Sidebar";

const categories = [
  { slug: "attention", title: "Attention", entries: [{ slug: "gqa", title: "GQA" }, { slug: "mqa", title: "MQA" }] },
  { slug: "loss", title: "Loss <Functions>", entries: [{ slug: "focal-loss", title: "Focal Loss" }] },
] as never;

describe("sidebar", () => {
  it("lists every category, and the entries of the current one only", () => {
    const html = sidebarHtml({ categories, currentCategory: "attention", currentEntry: "mqa" });
    expect(html).toContain('<a href="/entries/mqa" aria-current="page">MQA</a>');
    expect(html).toContain('href="/entries/gqa"');
    expect(html).not.toContain("/entries/focal-loss");
    expect(html).toContain('<a class="sidebar-category" href="/categories/loss"><span>Loss &lt;Functions&gt;</span>');
    expect(html.match(/<details open>/g)).toHaveLength(1);
  });

  it("counts each category's entries in words a screen reader reads, singular for one (no aria-label on a span)", () => {
    const html = sidebarHtml({ categories });
    const text = (h: string) => h.replace(/<[^>]+>/g, "");
    const link = (slug: string) => html.match(new RegExp(`<a class="sidebar-category" href="/categories/${slug}">.*?</a>`))![0];
    expect(text(link("attention"))).toBe("Attention, 2 entries");
    expect(text(link("loss"))).toBe("Loss &lt;Functions&gt;, 1 entry");
    expect(link("loss")).toMatch(/<span class="count"><span class="visually-hidden">, <\/span>1<span class="visually-hidden"> entry<\/span><\/span>/);
    expect(html).not.toContain("aria-label");
  });

  it("on a page outside any category, every category is a link", () => {
    const html = sidebarHtml({ categories });
    expect(html).not.toContain("<details");
    expect(html.match(/class="sidebar-category"/g)).toHaveLength(2);
  });

  it("recognises the slot React renders for the build to fill", () => {
    const slot = '<nav aria-label="Encyclopedia" class="sidebar-nav" data-sidebar-slot="" data-category="loss" data-entry="focal-loss"></nav>';
    const m = [...slot.matchAll(SIDEBAR_SLOT)];
    expect(m.map((x) => [x[1], x[2]])).toEqual([["loss", "focal-loss"]]);
    expect([...'<nav aria-label="Encyclopedia" class="sidebar-nav" data-sidebar-slot=""></nav>'.matchAll(SIDEBAR_SLOT)]).toHaveLength(1);
  });
});
