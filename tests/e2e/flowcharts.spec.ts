import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

/** Entries with ```mermaid blocks, and how many, read from the content. */
const withFlowcharts = readdirSync("content/entries")
  .map((f) => ({ slug: path.basename(f, ".mdx"), count: (readFileSync(path.join("content/entries", f), "utf8").match(/^```mermaid\s*$/gm) ?? []).length }))
  .filter((e) => e.count > 0);

test("every flowchart is an SVG in the static HTML, and no page ships mermaid", async ({ request }) => {
  expect(withFlowcharts.length).toBeGreaterThanOrEqual(10);
  for (const { slug, count } of withFlowcharts) {
    const html = await (await request.get(`/entries/${slug}`)).text();
    const svgs = html.match(/<figure class="diagram-figure flowchart"[^>]*><div class="flowchart-scroll"[^>]*><svg id="flowchart-[0-9a-f]{16}"/g) ?? [];
    expect(svgs, slug).toHaveLength(count);
    expect(html, slug).not.toMatch(/mermaid-canvas|MermaidRenderer/);
  }
});

test("nodes that name an entry link to it in the static HTML; others stay plain", async ({ request }) => {
  const links = async (slug: string) => {
    const html = await (await request.get(`/entries/${slug}`)).text();
    return [...html.matchAll(/<a href="(\/entries\/[^"]+)" class="flowchart-node-link">/g)].map((m) => m[1]);
  };
  expect(await links("transformer")).toContain("/entries/multi-head-attention");
  expect(await links("encoder-decoder-pattern")).toContain("/entries/cross-attention");
  expect(await links("resnet")).toEqual(expect.arrayContaining(["/entries/batch-normalization", "/entries/relu"]));
  // "Decoder feed-forward layers" says more than an entry's name.
  const html = await (await request.get("/entries/encoder-decoder-pattern")).text();
  expect(html).not.toMatch(/<a [^>]*class="flowchart-node-link"><g [^>]*>(?:(?!<\/a>).)*Decoder feed-forward/);
});

/** Sum of layout-shift values while the loaded page is scrolled to each flowchart and back. */
async function shiftWhileScrolling(page: Page): Promise<number> {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
    }).observe({ type: "layout-shift" });
  });
  for (const figure of await page.locator("figure.flowchart").all()) {
    await figure.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { cls: number }).cls);
}

// Drawn in the browser on scroll, this flowchart grew from 143 to 925 px (a shift of 0.107).
test("a flowchart takes its size before it is scrolled to: no layout shift", async ({ page }) => {
  await page.goto("/entries/transformer");
  const figure = page.locator("figure.flowchart").first();
  const before = await figure.boundingBox();
  expect(before!.height).toBeGreaterThan(300);
  expect(await shiftWhileScrolling(page)).toBeLessThan(0.01);
  expect((await figure.boundingBox())!.height).toBeCloseTo(before!.height, 0);
});

/** Relative luminance contrast of two CSS colours (rgb() as getComputedStyle gives them). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const theme of ["light", "dark"] as const) {
  test(`flowchart labels, links and arrows read against their backgrounds (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/entries/encoder-decoder-pattern");
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    const colours = await page.locator("figure.flowchart").first().evaluate((fig) => {
      const style = (sel: string) => getComputedStyle(fig.querySelector(sel)!);
      return {
        nodeFill: style(".node .label-container").fill,
        text: style(".node:not(a .node) text").fill,
        link: style("a.flowchart-node-link text").fill,
        line: style(".flowchart-link").stroke,
        box: getComputedStyle(fig.querySelector(".flowchart-scroll")!).backgroundColor,
        weight: style(".node text").fontWeight,
        mermaidDefault: /rgb\(236, 236, 255\)|rgb\(147, 112, 219\)/.test(fig.innerHTML + style(".node .label-container").fill + style(".node .label-container").stroke),
      };
    });
    expect(colours.mermaidDefault).toBe(false); // no lavender: the site's palette
    expect(contrast(colours.text, colours.nodeFill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.link, colours.nodeFill)).toBeGreaterThanOrEqual(4.5);
    expect(colours.link).not.toBe(colours.text); // a linked node reads as a link
    expect(colours.weight).toBe("400"); // as mermaid measured the labels
    expect(contrast(colours.line, colours.box)).toBeGreaterThanOrEqual(3);
  });
}

test("on a phone labels stay at least 10 px: a wide flowchart scrolls in its box, the page does not", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const { slug } of withFlowcharts) {
    await page.goto(`/entries/${slug}`);
    for (const figure of await page.locator("figure.flowchart").all()) {
      const m = await figure.evaluate((fig) => {
        const svg = fig.querySelector("svg")!;
        const scroller = fig.querySelector<HTMLElement>(".flowchart-scroll")!;
        return {
          drawn: svg.getBoundingClientRect().width,
          natural: svg.viewBox.baseVal.width,
          scrolls: scroller.scrollWidth > scroller.clientWidth,
          shadows: (getComputedStyle(scroller).backgroundImage.match(/radial-gradient/g) ?? []).length,
        };
      });
      expect((16 * m.drawn) / m.natural, slug).toBeGreaterThanOrEqual(9.9);
      if ((m.natural * 10) / 16 > 390) expect(m.scrolls, slug).toBe(true);
      // The cue: a shadow at each edge that has more to scroll to.
      expect(m.shadows, slug).toBe(2);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth), slug).toBeLessThanOrEqual(390);
  }
});

test("in print a flowchart fits the page's width and most of its height", async ({ page }) => {
  await page.goto("/entries/u-net");
  await page.emulateMedia({ media: "print" });
  const { svg, column, vh } = await page.evaluate(() => {
    const s = document.querySelector("figure.flowchart svg")!.getBoundingClientRect();
    return { svg: { w: s.width, h: s.height }, column: document.querySelector("article")!.getBoundingClientRect().width, vh: innerHeight };
  });
  expect(svg.w).toBeLessThanOrEqual(column + 1);
  expect(svg.h).toBeLessThanOrEqual(0.85 * vh + 1);
});
