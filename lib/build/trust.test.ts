import { describe, expect, it } from "vitest";
import type { FileDates } from "./provenance";
import { entryTrust, outputsPathOf, sourceUrl } from "./trust";

const outputs = { python: "3.11.2", torch: "1.13.0a0", blocks: [{ line: 40, hash: "0123456789abcdef", stdout: "1" }] };
const dates: FileDates = {
  available: true,
  dates: new Map([
    ["content/entries/adamw.mdx", "2026-12-05T10:00:00Z"],
    ["content/outputs/adamw.json", "2026-12-03T08:00:00+02:00"],
  ]),
};
const adamw = { slug: "adamw", file: "content/entries/adamw.mdx", codeOutputs: outputs };

describe("entryTrust", () => {
  it("states the verification day and versions from the outputs file, and the content's last change", () => {
    expect(entryTrust(adamw, dates)).toEqual({ verified: { torch: "1.13.0a0", python: "3.11.2", date: "2026-12-03" }, contentDate: "2026-12-05" });
  });

  it("states versions without a date when git has none, and nothing about code an entry does not run", () => {
    expect(entryTrust(adamw, { available: false, reason: "tarball" })).toEqual({ verified: { torch: "1.13.0a0", python: "3.11.2" } });
    expect(entryTrust({ ...adamw, codeOutputs: { ...outputs, blocks: [] } }, dates)).toEqual({ contentDate: "2026-12-05" });
    expect(entryTrust({ slug: "x", file: "content/entries/x.mdx" }, dates)).toEqual({});
  });

  it("links the source file only when the repository is given", () => {
    expect(entryTrust(adamw, dates, { url: "https://github.com/org/atlas", branch: "main" }).sourceUrl).toBe("https://github.com/org/atlas/blob/main/content/entries/adamw.mdx");
    expect(entryTrust(adamw, dates).sourceUrl).toBeUndefined();
  });
});

describe("paths", () => {
  it("finds the outputs file beside the entries folder", () => {
    expect(outputsPathOf(adamw)).toBe("content/outputs/adamw.json");
  });
  it("fills a {path} template for hosts with other URL shapes", () => {
    expect(sourceUrl({ url: "https://git.example/atlas/-/edit/trunk/{path}", branch: "main" }, "content/entries/a.mdx")).toBe("https://git.example/atlas/-/edit/trunk/content/entries/a.mdx");
  });
});
