/**
 * scripts/flowchart-svg.ts draws a flowchart with mermaid in Debian's Chromium (as `npm run flowcharts`
 * does for the content) in the site's palette: every colour is one of its custom properties.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flowchartHash } from "@/lib/content/flowcharts";
import { FLOWCHART_COLOURS, openFlowchartRenderer, themeSvg } from "@/scripts/flowchart-svg";

const source = readFileSync("tests/fixtures/flowcharts/small.mmd", "utf8").trimEnd();

describe("render-flowcharts", () => {
  it("draws a flowchart to SVG in Chromium, coloured only by the site's custom properties", async () => {
    const renderer = await openFlowchartRenderer();
    const id = `flowchart-${flowchartHash(source)}`;
    const drawn = await renderer.draw(id, source).finally(() => renderer.close());
    expect(drawn.svg).toMatch(new RegExp(`^<svg id="${id}"[^>]* viewBox="0 0 [\\d.]+ [\\d.]+"`));
    // Labels are text (no foreignObject), so the SVG reads without HTML and scales as a drawing.
    expect(drawn.svg).not.toContain("foreignObject");
    for (const word of ["Input", "Cross-attention", "feed-forward"]) expect(drawn.svg).toContain(word);
    // Three nodes in a row: wider than tall; only the arrowhead marker an edge uses is kept.
    expect(drawn.width).toBeGreaterThan(3 * drawn.height);
    expect(drawn.svg.match(/<marker /g)).toHaveLength(1);
    for (const { variable } of Object.values(FLOWCHART_COLOURS).filter((c) => c.variable !== "--fc-cluster" && c.variable !== "--fc-cluster-border"))
      expect(drawn.svg).toContain(`var(${variable}`);
    // The committed fixture was drawn by this code: the same drawing comes out again.
    expect(`${drawn.svg}\n`).toBe(readFileSync("tests/fixtures/flowcharts/small.svg", "utf8"));
  });

  it("refuses a drawing with a colour that is not the site's", () => {
    expect(() => themeSvg('<svg id="f"><style>x</style><rect style="fill:#ff00ff"></rect></svg>', "f")).toThrow(/colours the theme does not map.*#ff00ff/);
  });
});
