import { describe, expect, it } from "vitest";
import { getRegistry, type Category, type Entry } from "@/lib/content";
import { categoriesForHome, START_HERE, startHere } from "./start-here";

const entry = (slug: string, maturity: Entry["maturity"]) => ({ slug, maturity }) as Entry;
const category = (slug: string, maturities: Entry["maturity"][]) => ({ slug, entries: maturities.map((m, i) => entry(`${slug}-${i}`, m)) }) as Category;

describe("start here", () => {
  it("names entries that exist, in the order given", () => {
    const steps = startHere(getRegistry());
    expect(steps.map((s) => s.entry.slug)).toEqual(START_HERE.map((s) => s.slug));
  });

  it("fails naming a step with no entry", () => {
    expect(() => startHere({ entry: () => undefined }, [{ slug: "no-such-entry", adds: "x" }])).toThrow(/"no-such-entry".*content\/entries\/no-such-entry\.mdx/);
  });

  it("puts categories with fewer than half their entries established after the rest, each group in order", () => {
    const split = categoriesForHome([
      category("showcase", ["established", "experimental", "speculative"]),
      category("norm", ["established", "established"]),
      category("half", ["established", "emerging"]),
      category("persona", ["emerging", "experimental"]),
    ]);
    expect(split.established.map((c) => c.slug)).toEqual(["norm", "half"]);
    expect(split.exploratory.map((c) => c.slug)).toEqual(["showcase", "persona"]);
  });

  it("on the real content, the showcase designs come after the established material", () => {
    const { established, exploratory } = categoriesForHome(getRegistry().categories);
    expect(exploratory.map((c) => c.slug)).toContain("showcase-architectures");
    expect(established.map((c) => c.slug)).toEqual(expect.arrayContaining(["core-layers", "attention", "normalization", "optimization"]));
  });
});
