import { describe, expect, it } from "vitest";
import { buildBacklinks, linkedEntry } from "./graph";

describe("link graph", () => {
  it("reads the target entry of a link", () => {
    expect(linkedEntry("/entries/adamw#the-math")).toBe("adamw");
    expect(linkedEntry("/categories/loss")).toBeUndefined();
    expect(linkedEntry("/entries/adamw.md")).toBeUndefined();
    expect(linkedEntry("/entries/adamw?a=1")).toBe("adamw");
    expect(linkedEntry("https://example.org/entries/x")).toBeUndefined();
  });
  it("collects each referring entry once and ignores self-links", () => {
    const backlinks = buildBacklinks([
      { slug: "adam", links: [{ url: "/entries/adamw" }, { url: "/entries/adamw#code" }, { url: "/entries/adam" }] },
      { slug: "lamb", links: [{ url: "/entries/adamw" }] },
    ]);
    expect(backlinks.get("adamw")).toEqual(["adam", "lamb"]);
    expect(backlinks.has("adam")).toBe(false);
  });
});
