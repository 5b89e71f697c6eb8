import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computePipelineHash, pipelineFiles, pipelineHash } from "./pipeline-hash";

const root = process.cwd();

describe("pipelineFiles", () => {
  const files = pipelineFiles(root);

  it("follows the compile entry's imports, the auto-link matcher and the plugins included", () => {
    expect(files).toContain("lib/mdx/index.ts");
    expect(files).toContain("lib/mdx/compile.ts");
    expect(files).toContain("lib/links/autolink.ts");
    expect(files).toContain("lib/content/slug.ts");
    expect(files.some((f) => f.startsWith("lib/mdx/plugins/"))).toBe(true);
    // The compiler records diagram box anchors: the diagram engine's ids are part of its output.
    expect(files).toContain("lib/diagram/anchors.ts");
    expect(files).toContain("lib/diagram/layout.ts");
  });

  it("leaves out code the compiler never imports", () => {
    expect(files.some((f) => f.startsWith("lib/plots/") || f.startsWith("lib/search/"))).toBe(false);
    expect(files.some((f) => f.startsWith("components/"))).toBe(false);
    expect(files.some((f) => f.includes("node_modules"))).toBe(false);
  });
});

describe("pipelineHash", () => {
  // A copy of the code the hash reads (lib/, the lockfile, tsconfig), node_modules linked: edits there
  // must move the hash exactly when they touch the compile pipeline.
  const copy = mkdtempSync(path.join(os.tmpdir(), "atlas-pipeline-"));
  for (const f of ["lib", "package-lock.json", "package.json", "tsconfig.json"]) cpSync(path.join(root, f), path.join(copy, f), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const edit = (file: string) => {
    const p = path.join(copy, file);
    writeFileSync(p, readFileSync(p, "utf8") + "\n// edited\n");
  };

  it("changes when the auto-link matcher is edited", () => {
    const before = computePipelineHash(copy);
    edit("lib/links/autolink.ts");
    expect(computePipelineHash(copy)).not.toBe(before);
  });

  it("does not change when code the compiler never imports (the plots' maths, search ranking) is edited", () => {
    const before = computePipelineHash(copy);
    edit("lib/plots/activations.ts");
    edit("lib/search/rank.ts");
    expect(computePipelineHash(copy)).toBe(before);
  });

  it("is memoised per process", () => {
    expect(pipelineHash(root)).toBe(pipelineHash(root));
    expect(pipelineHash(root)).toBe(computePipelineHash(root));
  });
});
