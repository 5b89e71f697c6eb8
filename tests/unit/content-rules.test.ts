/**
 * The content standard's rules, enforced on the real content (the same checks as
 * ../shared/tools/check-content.py, so CI catches a regression without the shared tools).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diagramBoxErrors } from "@/lib/content/checks/diagram-boxes";
import { checkPythonSyntax } from "@/lib/content/checks/python-syntax";
import { fencedBlocks } from "@/lib/content/code-blocks";
import { loadContent } from "@/lib/content/load";
import { buildRegistry } from "@/lib/content/registry";
import { slugify } from "@/lib/content/slug";

interface InventoryRow {
  slug: string;
  category: string;
  seed_text: string;
  duplicate_of: string;
}

const root = process.cwd();
const inventory: InventoryRow[] = (() => {
  const [header, ...lines] = readFileSync(path.join(root, "tests/fixtures/seed/entries.tsv"), "utf8").trimEnd().split("\n");
  const cols = header!.split("\t");
  return lines.map((l) => { const v = l.split("\t"); return Object.fromEntries(cols.map((c, i) => [c, v[i] ?? ""])) as unknown as InventoryRow; });
})();

const content = loadContent(root);
const registry = buildRegistry(content);
const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const sources = [...content.categories, ...content.entries];
const corpus = ` ${sources.map((s) => words(s.source).join(" ")).join(" ")} `;

describe("content standard", () => {
  it("has a page for every seed entry that is not merged elsewhere", () => {
    const missing = inventory.filter((r) => !r.duplicate_of && !registry.entry(r.slug)).map((r) => r.slug);
    expect(missing).toEqual([]);
  });

  it("keeps the opening words of every seed text", () => {
    const missing = inventory
      .filter((r) => {
        const w = words(r.seed_text);
        const probe = (w.length > 3 ? w.slice(0, -1) : w).slice(0, 10); // the seed_text's last word may be cut off
        return probe.length > 0 && !corpus.includes(` ${probe.join(" ")} `);
      })
      .map((r) => `${r.slug}: ${r.seed_text.slice(0, 60)}`);
    expect(missing).toEqual([]);
  });

  it("gives every glossary term its own section on the glossary page", () => {
    const glossary = registry.entry("glossary");
    expect(glossary).toBeDefined();
    const ids = new Set(glossary!.body.split("\n").filter((l) => l.startsWith("## ")).map((l) => slugify(l.slice(3).replace(/\s*\{#[a-z0-9-]+\}\s*$/, ""))));
    const missing = inventory.filter((r) => r.duplicate_of === "glossary").map((r) => r.slug.replace(/^glossary-/, "")).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it("puts every section introduction on its category page", () => {
    for (const r of inventory.filter((r) => r.duplicate_of.startsWith("category:"))) {
      const category = registry.category(r.duplicate_of.slice("category:".length));
      expect(category, r.slug).toBeDefined();
      const probe = words(r.seed_text).slice(0, 6).join(" ");
      expect(words(category!.body).join(" "), r.slug).toContain(probe);
    }
  });

  it("has Python blocks that all parse", () => {
    const blocks = sources.flatMap((s) => fencedBlocks(s.body).filter((b) => b.lang === "python" || b.lang === "py").map((b) => ({ ...b, file: s.file, at: s.bodyLine - 1 + b.line })));
    const failures = checkPythonSyntax(blocks.map((b) => b.body)).map((e) => `${blocks[e.index]!.file}:${blocks[e.index]!.at + e.line - 1}: ${e.message}`);
    expect(blocks.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it("has diagrams whose boxes all close", () => {
    const failures = sources.flatMap((s) => fencedBlocks(s.body).filter((b) => b.lang === "diagram").flatMap((b) => diagramBoxErrors(b.body).map((e) => `${s.file}:${s.bodyLine - 1 + b.line}: ${e}`)));
    expect(failures).toEqual([]);
  });

  it("keeps every alias of the seed inventory", () => {
    const tsv = readFileSync(path.join(root, "tests/fixtures/seed/entries.tsv"), "utf8").trimEnd().split("\n").slice(1).map((l) => l.split("\t"));
    const missing: string[] = [];
    for (const [slug, , aliases, , , , , , dup] of tsv) {
      if (dup) continue;
      const entry = registry.entry(slug!);
      if (!entry) continue;
      const have = new Set([entry.title, ...entry.aliases].map((a) => a.toLowerCase()));
      for (const a of aliases!.split(",").map((s) => s.trim()).filter(Boolean)) if (!have.has(a.toLowerCase())) missing.push(`${slug}: ${a}`);
    }
    expect(missing).toEqual([]);
  });
});
