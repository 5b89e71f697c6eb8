import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The build copies KaTeX's stylesheet and fonts from node_modules/katex (scripts/build-content.ts),
 * while rehype-katex, remark-math and mermaid render the markup with whatever katex they resolve. Two
 * versions drew every sub/superscript full size (0.19's stylesheet renamed the classes 0.16's markup
 * uses), so every package that renders must resolve the very katex whose stylesheet is served.
 */
const root = process.cwd();
const served = path.join(root, "node_modules/katex");
const katexOf = (from: string) => path.dirname(createRequire(from).resolve("katex/package.json"));

describe("one KaTeX", () => {
  it.each(["rehype-katex", "mermaid", "micromark-extension-math"])("%s renders with the katex whose stylesheet is served", (pkg) => {
    const entry = createRequire(path.join(root, "package.json")).resolve(pkg);
    expect(katexOf(entry)).toBe(served);
  });

  it("the lockfile holds a single katex", () => {
    const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string }> };
    const copies = Object.entries(lock.packages).filter(([p]) => p === "node_modules/katex" || p.endsWith("/node_modules/katex"));
    expect(copies.map(([p, v]) => `${p}@${v.version}`)).toHaveLength(1);
  });
});
