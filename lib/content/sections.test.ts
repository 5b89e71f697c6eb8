import { describe, expect, it } from "vitest";
import { sectionsOf } from "./sections";

describe("sectionsOf", () => {
  it("splits at headings with the compiler's ids and keeps prose only", () => {
    const sections = sectionsOf(
      ["Intro *text*.", "## What it does", "Scales $x$ by **gain**.", "```python", "x = 1", "```", "### Why {#why-it-works}", "<SourceClaim>", "", "A claim.", "", "</SourceClaim>"].join("\n"),
    );
    expect(sections).toEqual([
      { id: "", title: "", depth: 1, text: "Intro text." },
      { id: "what-it-does", title: "What it does", depth: 2, text: "Scales x by gain." },
      { id: "why-it-works", title: "Why", depth: 3, text: "A claim." },
    ]);
  });
});
