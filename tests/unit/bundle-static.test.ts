import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundleStaticScripts } from "../../scripts/bundle-static";

describe("bundleStaticScripts", () => {
  it("bundles each entry point with its imports into one minified standalone script, and reports its size", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bundle-static-"));
    writeFileSync(path.join(dir, "shared.ts"), "export const greeting: string = 'hello from shared';\n");
    writeFileSync(path.join(dir, "main.ts"), "import { greeting } from './shared';\n(self as unknown as { said: string }).said = greeting;\n");
    const out = path.join(dir, "out");
    const bytes = await bundleStaticScripts(process.cwd(), out, [{ in: path.join(dir, "main.ts"), out: "page" }]);
    const js = readFileSync(path.join(out, "page.js"), "utf8");
    expect(js).toContain("hello from shared");
    expect(js).not.toMatch(/\bimport\b|\bexport\b|: string/);
    expect(js.trim()).toMatch(/^("use strict";)?\(\(\)=>\{/);
    expect(bytes).toEqual({ page: statSync(path.join(out, "page.js")).size });
  });
});
