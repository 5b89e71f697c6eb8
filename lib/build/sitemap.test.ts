import { describe, expect, it } from "vitest";
import { parseSiteUrl } from "../site";
import { sitemapPages, sitemapXml } from "./sitemap";

describe("sitemap", () => {
  it("lists every page at SITE_URL", () => {
    const xml = sitemapXml("https://atlas.example.org/wiki", sitemapPages({ entries: [{ slug: "adam" }], categories: [{ slug: "optimization" }] }));
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      "https://atlas.example.org/wiki/",
      "https://atlas.example.org/wiki/a-z",
      "https://atlas.example.org/wiki/search",
      "https://atlas.example.org/wiki/categories/optimization",
      "https://atlas.example.org/wiki/entries/adam",
    ]);
  });
});

describe("SITE_URL", () => {
  it("is optional, and kept without its trailing slash", () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl("  ")).toBeUndefined();
    expect(parseSiteUrl("https://atlas.example.org/")).toBe("https://atlas.example.org");
    expect(parseSiteUrl("https://example.org/atlas/")).toBe("https://example.org/atlas");
  });
  it("stops the build with a clear message when it is not an http(s) URL", () => {
    expect(() => parseSiteUrl("atlas.example.org")).toThrow(/SITE_URL="atlas.example.org" is not a URL.*e\.g\. SITE_URL=https/);
    expect(() => parseSiteUrl("ftp://atlas.example.org")).toThrow(/must be an http\(s\) URL/);
    expect(() => parseSiteUrl("https://atlas.example.org/?a=1")).toThrow(/query/);
  });
});
