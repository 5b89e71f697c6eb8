import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Sidebar, type SidebarProps } from "../../components/layout/Sidebar";

const categories = [
  { slug: "attention", title: "Attention", entries: [{ slug: "gqa", title: "GQA" }, { slug: "mqa", title: "MQA" }] },
  { slug: "loss", title: "Loss <Functions>", entries: [{ slug: "focal-loss", title: "Focal Loss" }] },
] as never;

/** As the page carries it (renderToString, as React renders a page). */
const sidebarHtml = (props: Omit<SidebarProps, "categories">) => renderToString(createElement(Sidebar, { categories, ...props }));

describe("sidebar", () => {
  it("lists every category, and the entries of the current one only", () => {
    const html = sidebarHtml({ currentCategory: "attention", currentEntry: "mqa" });
    expect(html).toMatch(/^<nav aria-label="Encyclopedia" class="sidebar-nav"><ul><li><details open><summary>/);
    expect(html).toContain('<a href="/entries/mqa" aria-current="page">MQA</a>');
    expect(html).toContain('<a href="/entries/gqa">GQA</a>');
    expect(html).not.toContain("/entries/focal-loss");
    expect(html).toContain('<a class="sidebar-category" href="/categories/loss"><span>Loss &lt;Functions&gt;</span>');
    expect(html).toContain('<li class="sidebar-overview"><a href="/categories/attention">Overview</a></li>');
    expect(html.match(/<details open>/g)).toHaveLength(1);
  });

  it("marks the category's overview as the page on the category page", () => {
    expect(sidebarHtml({ currentCategory: "loss" })).toContain('<li class="sidebar-overview"><a href="/categories/loss" aria-current="page">Overview</a></li>');
  });

  it("counts each category's entries in words a screen reader reads, singular for one (no aria-label on a span)", () => {
    const html = sidebarHtml({});
    const text = (h: string) => h.replace(/<[^>]+>/g, "");
    const link = (slug: string) => html.match(new RegExp(`<a class="sidebar-category" href="/categories/${slug}">.*?</a>`))![0];
    expect(text(link("attention"))).toBe("Attention, 2 entries");
    expect(text(link("loss"))).toBe("Loss &lt;Functions&gt;, 1 entry");
    expect(link("loss")).toMatch(/<span class="count"><span class="visually-hidden">, <\/span>1<span class="visually-hidden"> entry<\/span><\/span>/);
    expect(html.replace(/^<nav aria-label="Encyclopedia"/, "")).not.toContain("aria-label");
  });

  it("on a page outside any category, every category is a link", () => {
    const html = sidebarHtml({});
    expect(html).not.toContain("<details");
    expect(html.match(/class="sidebar-category"/g)).toHaveLength(2);
  });
});
