import { appendFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { flowchartHash } from "../content/flowcharts";
import { runContentChecks } from "./content-checks";

const fixture = path.join(process.cwd(), "tests/fixtures/bad-content");

describe("content build checks", () => {
  it("names file and line for each broken link, Python block and diagram; diagrams are warnings", async () => {
    const report = await runContentChecks(fixture, "content");
    expect(report.entries).toBe(2);
    expect(report.errors).toEqual([
      "content/entries/alpha.mdx:18: Python block does not parse: invalid syntax",
      "content/categories/layers.mdx:7: broken link /entries/ghost: no entry \"ghost\"",
      "content/entries/alpha.mdx:13: broken link /entries/beta#no-such-section: no heading or anchor \"#no-such-section\" on /entries/beta",
    ]);
    expect(report.warnings).toEqual(["content/entries/alpha.mdx:23: diagram has 1 box(es) that do not close, first: box at row 1, column 1 is not closed and aligned"]);
  });

  it("auto-links with the fixture's own vocabulary", async () => {
    const report = await runContentChecks(fixture, "content");
    expect(report.links).toBe(4); // three written links + "Alpha Layer" auto-linked on beta
  });

  it("takes diagram box anchors from the compiler: links to them pass, other anchors fail, a heading that clashes fails", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "anchors-"));
    cpSync(fixture, root, { recursive: true });
    // beta's body starts on file line 9: the fence is on body line 5, so its boxes are "diagram-5-…".
    const diagram = ["", "```diagram", "┌───────┐   ┌───────┐", "│ Token │ → │ Norm  │", "└───────┘   └───────┘", "```", "", "See [the norm box](#diagram-5-norm), not [this one](#diagram-4-norm).", "", "## Diagram 5 Token", ""];
    appendFileSync(path.join(root, "content/entries/beta.mdx"), diagram.join("\n"));
    const report = await runContentChecks(root, "content");
    const beta = report.errors.filter((e) => e.startsWith("content/entries/beta.mdx"));
    expect(beta).toEqual([
      'content/entries/beta.mdx: the id "diagram-5-token" is given twice (a diagram box anchor clashes with another box or a heading)',
      "content/entries/beta.mdx:19: broken link #diagram-4-norm: no heading or anchor \"#diagram-4-norm\" on this page",
    ]);
  });

  it("fails naming the line of a flowchart with no drawing, and a drawing no flowchart has, with the command", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "flowcharts-"));
    cpSync(fixture, root, { recursive: true });
    appendFileSync(path.join(root, "content/entries/beta.mdx"), "\n```mermaid\nflowchart LR\n  a --> b\n```\n");
    mkdirSync(path.join(root, "content/flowcharts"));
    writeFileSync(path.join(root, "content/flowcharts/0123456789abcdef.svg"), "<svg></svg>");
    const report = await runContentChecks(root, "content");
    expect(report.flowcharts).toBe(1);
    expect(report.errors).toContain(
      `content/entries/beta.mdx:14: this flowchart has no committed drawing for its current text (content/flowcharts/${flowchartHash("flowchart LR\n  a --> b")}.svg): run \`npm run flowcharts\``,
    );
    expect(report.errors).toContain("content/flowcharts/0123456789abcdef.svg: drawing of no flowchart in the content: run `npm run flowcharts` (it removes it)");
  });
});
