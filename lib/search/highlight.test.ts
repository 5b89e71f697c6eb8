import { describe, expect, it } from "vitest";
import { highlightRanges, makeSnippet, splitByRanges } from "./highlight";

describe("highlight", () => {
  it("marks words that start with a term, or share its root", () => {
    const text = "Group Normalization normalizes groups of channels.";
    const marked = highlightRanges(text, ["grou", "normalis"]).map((r) => text.slice(r.start, r.end));
    expect(marked).toEqual(["Group", "Normalization", "normalizes", "groups"]);
  });
  it("cuts a snippet around the first match, with ellipses, and ranges inside it", () => {
    const text = `${"Lorem ipsum dolor sit amet. ".repeat(20)}The key-value cache stores past keys. ${"More text follows here. ".repeat(10)}`;
    const s = makeSnippet(text, ["cache"], 120);
    expect(s.text.length).toBeLessThanOrEqual(122);
    expect(s.text.startsWith("…")).toBe(true);
    expect(s.ranges.length).toBeGreaterThan(0);
    for (const r of s.ranges) expect(s.text.slice(r.start, r.end).toLowerCase()).toBe("cache");
  });
  it("splits text into plain and marked parts without ever producing markup", () => {
    const text = "<img src=x onerror=alert(1)> attention";
    const parts = splitByRanges(text, highlightRanges(text, ["attention", "img"]));
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["img", "attention"]);
  });
  it("ignores bad ranges", () => {
    expect(splitByRanges("abc", [{ start: 2, end: 1 }, { start: 1, end: 99 }])).toEqual([{ text: "abc", mark: false }]);
  });
});
