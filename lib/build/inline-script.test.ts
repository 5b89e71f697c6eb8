import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { inlineScript } from "./inline-script";

describe("inlineScript", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const source = (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(os.tmpdir(), "atlas-inline-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  };

  it("bundles a module and its imports into one self-contained, minified script", () => {
    source({ "a.ts": `import { twice } from "./b";\n(globalThis as { out?: number }).out = twice(21);\n`, "b.ts": `export function twice(n: number): number {\n  return n * 2;\n}\nexport const unused = "never shipped";\n` });
    const script = inlineScript("a.ts", dir);
    expect(script).not.toMatch(/\bimport\b|\bexport\b|never shipped|\n/);
    const scope: { out?: number } = {};
    new Function("globalThis", script)(scope);
    expect(scope.out).toBe(42);
  });

  it("never lets the text end the <script> it is placed in", () => {
    source({ "a.ts": `console.log("</script><p>", /<\\/SCRIPT>/);\n`, "b.ts": `console.log("<!--");\n` });
    expect(inlineScript("a.ts", dir)).not.toMatch(/<\/script/i);
    expect(() => inlineScript("b.ts", dir)).toThrow(/b\.ts: the bundled script contains "<!--"/);
  });
});
