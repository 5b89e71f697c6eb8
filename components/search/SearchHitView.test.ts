import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SearchHit } from "@/lib/search/engine";
import { hitView } from "@/lib/search/hit-view";
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

const render = (hit: SearchHit, sectionText?: string) => renderToStaticMarkup(createElement(SearchHitView, { hit, view: hitView(hit, ["layer", "normal", "statist"], sectionText) }));

describe("the one hit renderer of the dialog and the search page", () => {
  it("renders a section hit with its highlights, as text", () => {
    const html = render(sectionHit, "Statistics come from one token's features <i>only</i>.");
    expect(html).toContain('<span class="search-hit-section"><span aria-hidden="true">§ </span>Why <mark>layer</mark> <mark>statistics</mark> help</span>');
    expect(html).toContain("&lt;b&gt;&amp;&lt;/b&gt;");
    expect(html).toContain('<span class="search-hit-snippet"><mark>Statistics</mark> come from one token&#x27;s features &lt;i&gt;only&lt;/i&gt;.</span>');
  });

  it("renders a hit without a section", () => {
    const html = render(plainHit);
    expect(html).not.toContain("search-hit-section");
    expect(html).toMatch(/^<span class="search-hit-head"><span class="search-hit-title"><mark>Layer<\/mark> <mark>Normalization<\/mark> &lt;b&gt;/);
    expect(html).toContain('<span class="search-hit-category">Normalization</span>');
  });
});
