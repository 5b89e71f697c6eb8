// @vitest-environment happy-dom
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SearchHit } from "@/lib/search/engine";
import { hitView } from "@/lib/search/hit-view";
import { hitMarkup, toDom } from "./hit-markup";
import { SearchHitView } from "./SearchHitView";

const sectionHit: SearchHit = {
  slug: "layer-normalization",
  title: "Layer Normalization <b>&</b>",
  category: "Normalization",
  summary: "Normalizes each sample across its features, \"not\" the batch's.",
  section: { id: "why-it-helps", heading: "Why layer statistics help", ordinal: 1 },
  href: "/entries/layer-normalization#why-it-helps",
  score: 12,
  match: "text",
};
const plainHit: SearchHit = { ...sectionHit, section: undefined, href: "/entries/layer-normalization" };

/** The dialog's markup (React) and the page's (DOM), each read back through the same HTML parser. */
function bothWays(hit: SearchHit, sectionText?: string): { dialog: string; page: string } {
  const view = hitView(hit, ["layer", "normal", "statist"], sectionText);
  const dialog = document.createElement("a");
  dialog.innerHTML = renderToStaticMarkup(createElement(SearchHitView, { hit, view }));
  const page = document.createElement("a");
  page.append(...hitMarkup(hit, view).map(toDom));
  return { dialog: dialog.innerHTML, page: page.innerHTML };
}

describe("one hit renderer for the dialog and the search page", () => {
  it("renders a section hit with highlights identically both ways", () => {
    const { dialog, page } = bothWays(sectionHit, "Statistics come from one token's features <i>only</i>.");
    expect(page).toBe(dialog);
    expect(page).toContain('<span class="search-hit-section"><span aria-hidden="true">§ </span>Why <mark>layer</mark> <mark>statistics</mark> help</span>');
    expect(page).toContain("&lt;b&gt;&amp;&lt;/b&gt;");
    expect(page).toContain('<span class="search-hit-snippet"><mark>Statistics</mark> come from one token\'s features &lt;i&gt;only&lt;/i&gt;.</span>');
  });

  it("renders a hit without a section identically both ways", () => {
    const { dialog, page } = bothWays(plainHit);
    expect(page).toBe(dialog);
    expect(page).not.toContain("search-hit-section");
    expect(page).toMatch(/^<span class="search-hit-head"><span class="search-hit-title"><mark>Layer<\/mark> <mark>Normalization<\/mark> &lt;b&gt;/);
  });
});
