import { describe, expect, it } from "vitest";
import { ContentErrors } from "./errors";
import type { LoadedCategory, LoadedContent, LoadedEntry } from "./load";
import { buildRegistry } from "./registry";

function entry(slug: string, extra: Partial<LoadedEntry> = {}): LoadedEntry {
  const source = `---\nslug: ${slug}\ntitle: ${slug}\ncategory: ${extra.category ?? "norm"}\nrelated: [${(extra.related ?? []).join(", ")}]\n---\n`;
  return { slug, title: slug.toUpperCase(), aliases: [], category: "norm", summary: "A summary.", problems: ["a problem it solves", "another problem", "a third problem"], maturity: "established", related: [], papers: [], models: [], file: `content/entries/${slug}.mdx`, source, body: "", bodyLine: 7, ...extra };
}
const category: LoadedCategory = { slug: "norm", title: "Normalization", order: 1, description: "d", file: "content/categories/norm.mdx", source: "", body: "", bodyLine: 6 };

describe("registry", () => {
  it("indexes entries by category, alias and title", () => {
    const content: LoadedContent = { categories: [category], entries: [entry("rmsnorm", { aliases: ["Root Mean Square Norm"] }), entry("layer-normalization", { aliases: ["LN", "LayerNorm"], related: ["rmsnorm"] })] };
    const r = buildRegistry(content);
    expect(r.category("norm")?.entries.map((e) => e.slug)).toEqual(["layer-normalization", "rmsnorm"]);
    expect(r.aliases.get("ln")).toBe("layer-normalization");
    expect(r.aliases.get("root mean square norm")).toBe("rmsnorm");
    expect(r.aliases.get("rmsnorm")).toBe("rmsnorm");
    expect(r.entry("rmsnorm")?.title).toBe("RMSNORM");
  });

  it("fails on an unknown category or related slug, naming file, line and field", () => {
    const content: LoadedContent = { categories: [category], entries: [entry("a", { category: "nope" }), entry("b", { related: ["ghost"] })] };
    try {
      buildRegistry(content);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ContentErrors);
      const messages = (err as ContentErrors).errors.map((e) => e.message);
      expect(messages).toContain('content/entries/a.mdx:4 [category]: unknown category "nope" (no content/categories/nope.mdx)');
      expect(messages).toContain('content/entries/b.mdx:5 [related]: unknown related slug "ghost" (no content/entries/ghost.mdx)');
    }
  });
});
