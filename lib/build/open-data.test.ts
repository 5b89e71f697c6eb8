import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { getRegistry } from "../content";
import { pythonBlocks } from "../content/code-runs";
import { entryMarkdown, paperIdentifiers } from "./entry-markdown";
import { llmsFullTxt, llmsTxt } from "./llms-txt";
import { openData, openDataJsonSchema } from "./open-data";
import type { EntryTrust } from "./trust";

/** The generated files, from the real content, as the build writes them (git dates left out: they vary). */
const registry = getRegistry();
const site = { url: "https://atlas.test", name: "Neural Atlas", description: "An encyclopedia." };
const trust = (slug: string): EntryTrust => {
  const outputs = registry.entry(slug)!.codeOutputs;
  return outputs?.blocks.length ? { verified: { torch: outputs.torch, python: outputs.python, date: "2026-12-01" }, contentDate: "2026-12-02" } : { contentDate: "2026-12-02" };
};

/** Lines of Markdown outside fenced blocks, inline code removed: where JSX or ESM would show. */
function prose(text: string): string[] {
  let fenced = false;
  return text
    .split("\n")
    .filter((l) => {
      if (l.startsWith("```")) fenced = !fenced;
      return !fenced && !l.startsWith("```");
    })
    .map((l) => l.replace(/`[^`]*`/g, ""));
}

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(openDataJsonSchema(site));
}

describe("/llms.txt", () => {
  const text = llmsTxt(registry, site);
  const links = text.split("\n").filter((l) => l.startsWith("- [") && l.includes("/entries/"));

  it("lists every entry once, as a link to its Markdown copy with its summary", () => {
    expect(registry.entries.length).toBeGreaterThanOrEqual(274);
    expect(links).toHaveLength(registry.entries.length);
    for (const e of registry.entries) {
      const line = links.filter((l) => l.includes(`(https://atlas.test/entries/${e.slug}.md)`));
      expect(line, e.slug).toHaveLength(1);
      expect(line[0]).toMatch(/^- \[[^\n]+\]\(https:\/\/atlas\.test\/entries\/[a-z0-9-]+\.md\): \S/);
      expect(line[0]!.endsWith(`: ${e.summary.replace(/\s+/g, " ")}`), e.slug).toBe(true);
    }
  });

  it("follows the convention: H1, blockquote summary, then an H2 per category in the site's order", () => {
    const lines = text.split("\n");
    expect(lines[0]).toBe("# Neural Atlas");
    expect(lines[2]).toMatch(/^> An encyclopedia\. \d+ entries/);
    const h2 = lines.filter((l) => l.startsWith("## ")).map((l) => l.slice(3));
    expect(h2).toEqual([...registry.categories.filter((c) => c.entries.length).map((c) => c.title), "Optional"]);
    expect(lines.filter((l) => l.startsWith("# "))).toHaveLength(1);
  });
});

describe("/entries/<slug>.md", () => {
  const docs = new Map(registry.categories.flatMap((c) => c.entries.map((e) => [e.slug, entryMarkdown(e, c, registry, trust(e.slug), site)] as const)));

  it("adamw reads as clean Markdown with its formulas, code and output", () => {
    const adamw = registry.entry("adamw")!;
    const md = docs.get("adamw")!;
    expect(md.startsWith("# AdamW\n\n> Adam with weight decay")).toBe(true);
    expect(md).toContain("$$\n\\theta_t = \\theta_{t-1} - \\alpha\\,\\frac{\\hat m_t}{\\sqrt{\\hat v_t} + \\epsilon} - \\alpha\\,\\lambda\\,\\theta_{t-1}\n$$");
    expect(md).toContain("$\\alpha\\lambda$");
    const blocks = pythonBlocks(adamw.file, adamw.body, adamw.bodyLine);
    expect(md.match(/^```python$/gm)).toHaveLength(blocks.length);
    for (const b of adamw.codeOutputs!.blocks) expect(md).toContain(`):\n\n\`\`\`text\n${b.stdout}\n\`\`\``);
    expect(md).toContain("optimizer = optim.AdamW(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01)");
    expect(md).toContain("- **Code verified:** 2026-12-01, PyTorch 1.13.0a0 (CPU), Python 3.11.2");
    expect(md).toContain("| Key hyperparameters | lr = 1e-3; betas = (0.9, 0.999); eps = 1e-8; weight_decay = 1e-2 |");
    expect(md).toContain("1. *Decoupled Weight Decay Regularization*. Loshchilov & Hutter (2019).");
    expect(md).toContain("*Interactive: optimizers racing");
  });

  it("no entry keeps a JSX component, an import or an export", () => {
    expect(docs.size).toBe(registry.entries.length);
    for (const [slug, md] of docs) {
      const left = prose(md).filter((l) => /<[A-Za-z][\w.]*[\s/>]|^\s*(import|export) /.test(l));
      expect(left, slug).toEqual([]);
    }
  });

  it("concatenates into /llms-full.txt, each entry under its own H1", () => {
    const full = llmsFullTxt([...docs.values()], site);
    expect(prose(full).filter((l) => l.startsWith("# "))).toHaveLength(registry.entries.length + 1);
  });

  it("links whichever paper identifiers the frontmatter states", () => {
    const ids = (p: Record<string, unknown>) => paperIdentifiers({ title: "T", authors: "A", ...p }).map((n) => ("url" in n ? `${n.url}` : "value" in n ? n.value : "")).join("");
    expect(ids({ arxiv: "1711.05101" })).toBe(" https://arxiv.org/abs/1711.05101");
    expect(ids({ doi: "10.1000/x" })).toBe(" https://doi.org/10.1000/x");
    expect(ids({ year: 2019 })).toBe("");
  });
});

describe("/data/entries.json", () => {
  const validate = validator();
  const data = JSON.parse(JSON.stringify(openData(registry, trust, site))) as ReturnType<typeof openData>;

  it("validates against its JSON Schema, derived from the zod schema", () => {
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(data.count).toBe(registry.entries.length);
    expect(data.entries.map((e) => e.slug).sort()).toEqual(registry.entries.map((e) => e.slug).sort());
  });

  it("carries the registry's fields and the trust line", () => {
    const adamw = data.entries.find((e) => e.slug === "adamw")!;
    expect(adamw).toMatchObject({ title: "AdamW", category: "optimization", maturity: "established", url: "https://atlas.test/entries/adamw", markdown: "https://atlas.test/entries/adamw.md" });
    expect(adamw.papers[0]).toMatchObject({ title: "Decoupled Weight Decay Regularization", authors: "Loshchilov & Hutter", year: 2019 });
    expect(adamw.facts).toMatchObject({ kind: "optimizer", stateSlots: 2 });
    expect(adamw.codeVerified).toEqual({ torch: "1.13.0a0", python: "3.11.2", date: "2026-12-01" });
    expect(adamw.related).toContain("adam");
  });

  it("its schema rejects records that break it", () => {
    const broken = (edit: (e: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(data)) as { entries: Record<string, unknown>[] };
      edit(copy.entries[0]!);
      return validate(copy);
    };
    expect(broken((e) => delete e.slug)).toBe(false);
    expect(broken((e) => (e.maturity = "mature"))).toBe(false);
    expect(broken((e) => (e.url = "not a url"))).toBe(false);
    expect(broken((e) => (e.contentChanged = "Dec 2026"))).toBe(false);
    expect(broken((e) => (e.extra = 1))).toBe(false);
    expect(broken((e) => ((e.papers as unknown[]).push({ title: "No authors" })))).toBe(false);
  });
});
