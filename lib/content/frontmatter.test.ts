import { describe, expect, it } from "vitest";
import { ContentError } from "./errors";
import { parseFrontmatter, splitFrontmatter } from "./frontmatter";
import { entryFrontmatterSchema } from "./schema";

const valid = `slug: gelu
title: GELU
aliases: [Gaussian Error Linear Unit]
category: activation
summary: Smooth ReLU weighted by the Gaussian CDF.
maturity: established
related: [relu]
problems: [dead ReLU units, a smooth activation for a Transformer, "gradients at zero"]`;

function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ContentError) return err;
    throw err;
  }
  throw new Error("expected a ContentError");
}

describe("frontmatter", () => {
  it("parses a valid entry and fills defaults", () => {
    const fm = parseFrontmatter("e.mdx", valid, entryFrontmatterSchema);
    expect(fm.slug).toBe("gelu");
    expect(fm.papers).toEqual([]);
    expect(fm.models).toEqual([]);
  });

  it("names file, line and field of an invalid value", () => {
    const err = errorOf(() => parseFrontmatter("content/entries/gelu.mdx", valid.replace("maturity: established", "maturity: mature"), entryFrontmatterSchema));
    expect(err.file).toBe("content/entries/gelu.mdx");
    expect(err.field).toBe("maturity");
    expect(err.line).toBe(7); // YAML line 6, plus the opening --- fence
    expect(err.message).toMatch(/content\/entries\/gelu\.mdx:7 \[maturity\]/);
  });

  it("points at a nested field", () => {
    const yaml = `${valid}\npapers:\n  - title: Gaussian Error Linear Units\n    authors: Hendrycks & Gimpel\n    year: "soon"`;
    const err = errorOf(() => parseFrontmatter("e.mdx", yaml, entryFrontmatterSchema));
    expect(err.field).toBe("papers.0.year");
    expect(err.line).toBe(13);
  });

  it("rejects a summary over 160 characters and unknown fields", () => {
    expect(errorOf(() => parseFrontmatter("e.mdx", valid.replace(/summary: .*/, `summary: ${"x".repeat(161)}`), entryFrontmatterSchema)).field).toBe("summary");
    const unknown = errorOf(() => parseFrontmatter("e.mdx", `${valid}\ncolour: red`, entryFrontmatterSchema));
    expect(unknown.message).toMatch(/unknown field\(s\): colour/);
  });

  it("reports YAML syntax errors with their line", () => {
    const err = errorOf(() => parseFrontmatter("e.mdx", `${valid}\ntitle: [unclosed`, entryFrontmatterSchema));
    expect(err.message).toMatch(/invalid YAML/);
    expect(err.line).toBeGreaterThanOrEqual(9);
  });

  it("splits frontmatter and reports where the body starts", () => {
    const split = splitFrontmatter("e.mdx", `---\n${valid}\n---\n## What it does\n`);
    expect(split.body).toBe("## What it does\n");
    expect(split.bodyLine).toBe(11);
    expect(() => splitFrontmatter("e.mdx", "## no frontmatter")).toThrow(/e\.mdx:1: missing frontmatter/);
  });

  it("requires 3 to 8 problems, each a short phrase", () => {
    const without = errorOf(() => parseFrontmatter("e.mdx", valid.replace(/\nproblems:.*$/m, ""), entryFrontmatterSchema));
    expect(without.message).toMatch(/^e\.mdx:\d+ \[problems\]/);
    const two = errorOf(() => parseFrontmatter("e.mdx", valid.replace(/^problems:.*$/m, "problems: [dead ReLU units, vanishing gradients]"), entryFrontmatterSchema));
    expect(two.message).toContain("list 3 to 8 problems this entry solves");
    const short = errorOf(() => parseFrontmatter("e.mdx", valid.replace(/^problems:.*$/m, "problems: [nan, dead ReLU units, vanishing gradients]"), entryFrontmatterSchema));
    expect(short.message).toMatch(/\[problems\.0\]: must be a short phrase of a problem/);
  });
});
