import { describe, expect, it } from "vitest";
import { compareHref, pairFacts, parseCompareParams } from "./compare";

describe("compare", () => {
  it("reads slugs from the URL and reports anything else without using it", () => {
    expect(parseCompareParams("?a=adam&b=lion")).toEqual({ a: "adam", b: "lion", invalid: [] });
    expect(parseCompareParams("?a=Adam")).toEqual({ a: "adam", invalid: [] });
    expect(parseCompareParams("?a=../etc/passwd&b=")).toEqual({ invalid: ["../etc/passwd"] });
    expect(parseCompareParams("")).toEqual({ invalid: [] });
  });

  it("builds shareable URLs", () => {
    expect(compareHref("adam", "lion")).toBe("/compare?a=adam&b=lion");
    expect(compareHref(undefined, "lion")).toBe("/compare?b=lion");
    expect(compareHref()).toBe("/compare");
  });

  it("lines up facts and marks the ones that differ", () => {
    const f = (key: string, text: string) => ({ key, label: key, help: "", text });
    const rows = pairFacts([f("kind", "optimizer"), f("stateSlots", "2×"), f("year", "")], [f("kind", "optimizer"), f("stateSlots", "1×"), f("year", "")]);
    expect(rows.map((r) => [r.key, r.differs])).toEqual([
      ["kind", false],
      ["stateSlots", true],
    ]);
    const mixed = pairFacts([f("formula", "x")], [f("kind", "optimizer")]);
    expect(mixed.map((r) => r.key)).toEqual(["formula", "kind"]);
    expect(mixed.every((r) => !r.differs)).toBe(true);
  });
});
