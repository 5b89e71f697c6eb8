import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flowchartHash } from "../../content/flowcharts";
import { createTermMatcher } from "../../links/autolink";
import { buildLinkTerms } from "../../links/terms";
import { compileMdxUncached } from "../compile";

// A drawing made by scripts/flowchart-svg.ts (npm run flowcharts) for this source.
const source = readFileSync("tests/fixtures/flowcharts/small.mmd", "utf8").trimEnd();
const drawing = readFileSync("tests/fixtures/flowcharts/small.svg", "utf8");
const body = ["Intro.", "", "```mermaid", source, "```", ""].join("\n");
const matcher = createTermMatcher(
  buildLinkTerms([
    { slug: "cross-attention", title: "Cross-Attention", aliases: [] },
    { slug: "feed-forward", title: "Feed-Forward Network (FFN)", aliases: [] },
  ]),
);

describe("flowcharts drawn ahead of time", () => {
  it("puts the committed SVG in the page's static markup, with no client component", async () => {
    const r = await compileMdxUncached("content/entries/x.mdx", body, 10, { flowcharts: { [flowchartHash(source)]: drawing } });
    expect(r.code).toContain("<svg");
    expect(r.code).toContain('class="flowchart-svg"');
    expect(r.code).toMatch(/--fc-w:514px;--fc-min-w:322px/);
    expect(r.code).not.toContain("Mermaid");
    expect(r.features.mermaid).toBe(true);
  });

  it("fails naming the line and the command when the block's text has no drawing", async () => {
    const stale = body.replace("Cross-attention", "Cross attention");
    await expect(compileMdxUncached("content/entries/x.mdx", stale, 10, { flowcharts: { [flowchartHash(source)]: drawing } })).rejects.toThrow(
      /^content\/entries\/x\.mdx:14: this flowchart has no committed drawing for its current text \(content\/flowcharts\/[0-9a-f]{16}\.svg\): run `npm run flowcharts`/,
    );
  });

  it("links a node whose label names an entry, and only those; records the link for the checker", async () => {
    const r = await compileMdxUncached("content/entries/x.mdx", body, 10, { matcher, selfSlug: "x", flowcharts: { [flowchartHash(source)]: drawing } });
    const links = [...r.code.matchAll(/<a href="([^"]+)" class="flowchart-node-link"/g)].map((m) => m[1]);
    expect(links).toEqual(["/entries/cross-attention"]);
    expect(r.links).toEqual([{ url: "/entries/cross-attention", line: 14 }]);
  });

  it("never links a node to the page it is on", async () => {
    const r = await compileMdxUncached("content/entries/cross-attention.mdx", body, 10, { matcher, selfSlug: "cross-attention", flowcharts: { [flowchartHash(source)]: drawing } });
    expect(r.code).not.toContain("flowchart-node-link");
  });
});
