import { describe, expect, it } from "vitest";
import { checkLinks, type LinkTargets } from "./check";

const targets: LinkTargets = {
  entries: new Map([
    ["adamw", new Set(["the-math", "code"])],
    ["glossary", new Set(["tensor"])],
  ]),
  categories: new Map([["optimization", new Set(["entries-in-category"])]]),
  routes: new Set(["/", "/search"]),
};
const check = (url: string) => checkLinks([{ url, line: 7 }], new Set(["own-section"]), targets);

describe("checkLinks", () => {
  it("accepts existing pages, anchors and routes", () => {
    for (const url of ["/entries/adamw", "/entries/adamw#the-math", "/entries/glossary#tensor", "/categories/optimization", "#own-section", "/", "/search?q=adam", "https://example.org/x", "mailto:a@b.c"]) {
      expect(check(url), url).toEqual([]);
    }
  });
  it("names a missing entry, a missing anchor and a missing route", () => {
    expect(check("/entries/adam")).toEqual([{ url: "/entries/adam", line: 7, problem: 'no entry "adam"' }]);
    expect(check("/entries/adamw#hyperparameters")[0]?.problem).toBe('no heading or anchor "#hyperparameters" on /entries/adamw');
    expect(check("#nowhere")[0]?.problem).toBe('no heading or anchor "#nowhere" on this page');
    expect(check("/categories/nope")[0]?.problem).toBe('no category "nope"');
    expect(check("/about")[0]?.problem).toBe("no page at /about");
  });
  it("rejects relative links, odd schemes and malformed external URLs", () => {
    expect(check("adamw")[0]?.problem).toMatch(/relative links/);
    expect(check("javascript:alert(1)")[0]?.problem).toMatch(/only http\(s\)/);
    expect(check("https://localhost")[0]?.problem).toMatch(/no valid host/);
  });
});
