import { describe, expect, it } from "vitest";
import { NO_FRAMEWORK_RUNTIME } from "@/lib/site";
import { frameworkLeft, marksNoRuntime, stripFramework } from "../../scripts/postbuild/strip-framework";

// The shapes Next 16 (Turbopack) writes into an exported page, as seen in out/.
const page = (meta: string) =>
  `<!DOCTYPE html><html><head>${meta}<link rel="stylesheet" href="/_next/static/chunks/a.css"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/41mprv1-o9284.js"/>` +
  `<script src="/_next/static/chunks/0r6sjov989qiu.js" async=""></script>` +
  `<script>document.documentElement.dataset.theme="dark"</script></head><body><main>text</main>` +
  `<script src="/search/page.js" defer=""></script>` +
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$\\""])</script></body></html>`;

describe("strip-framework", () => {
  it("recognises the marker lib/site.ts's NO_FRAMEWORK_RUNTIME renders as", () => {
    const [name, content] = Object.entries(NO_FRAMEWORK_RUNTIME)[0]!;
    expect(marksNoRuntime(page(`<meta name="${name}" content="${content}"/>`))).toBe(true);
    expect(marksNoRuntime(page(`<meta name="description" content="none"/>`))).toBe(false);
  });

  it("removes the framework's scripts, preloads, bootstrap and payload and keeps the page's own", () => {
    const html = page("");
    expect(frameworkLeft(html)).not.toBeNull();
    const stripped = stripFramework(html);
    expect(frameworkLeft(stripped)).toBeNull();
    expect(stripped).not.toContain('rel="preload" as="script"');
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(stripped).toContain('<script src="/search/page.js" defer=""></script>');
    expect(stripped).toContain('dataset.theme="dark"');
    expect(stripped).toContain("<main>text</main>");
  });
});
