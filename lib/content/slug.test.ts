import { describe, expect, it } from "vitest";
import { EXPLICIT_ID, slugify } from "./slug";

describe("slugify", () => {
  it("makes GitHub-style ids", () => {
    expect(slugify("What it does")).toBe("what-it-does");
    expect(slugify("Why Trust Ratio Works")).toBe("why-trust-ratio-works");
    expect(slugify("LAMB vs. Others (comparison)")).toBe("lamb-vs-others-comparison");
    expect(slugify("Hidden state")).toBe("hidden-state");
    expect(slugify("BPTT")).toBe("bptt");
  });
  it("recognises an explicit {#id}", () => {
    expect(EXPLICIT_ID.exec("The math {#math}")?.[1]).toBe("math");
    expect(EXPLICIT_ID.exec("The math")).toBeNull();
  });
});
