import { getMDXComponent } from "mdx-bundler/client";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx/registry";
import { outputsByHash, pythonBlocks } from "@/lib/content/code-runs";
import { compileMdxUncached } from "@/lib/mdx/compile";

/** Compiles and renders with the real MDX components; each python block "printed" `<b>&amp; N`. */
const render = async (body: string) => {
  const blocks = pythonBlocks("content/entries/x.mdx", body, 1).map((b, i) => ({ line: b.line, hash: b.hash, stdout: `<b>&amp; ${i + 1}` }));
  const outputs = outputsByHash({ python: "3.11.2", torch: "1.13.0", blocks });
  const { code } = await compileMdxUncached("content/entries/x.mdx", body, 0, { outputs });
  return { code, html: renderToStaticMarkup(createElement(getMDXComponent(code), { components: mdxComponents })) };
};

describe("formulas and highlighted code as static markup", () => {
  it("compiles each formula and code body to one StaticMarkup element, and renders the same markup", async () => {
    const { code, html } = await render("Inline $x^2$ and\n\n$$\n\\frac{a}{b}\n$$\n\n```python\ndef f(x):\n    return x\n```\n");
    expect(code).toContain("StaticMarkup");
    expect(code.match(/tag:"span"/g)?.length).toBe(2);
    expect(code.match(/tag:"code"/g)?.length).toBe(1);
    // No per-token element calls for KaTeX's spans remain in the compiled code.
    expect(code).not.toMatch(/className:"mord"/);
    expect(html).toMatch(/<span class="katex"><span class="katex-mathml"><math/);
    expect(html).toMatch(/<span class="katex-display" tabindex="0" role="group" aria-label="Formula"><span class="katex">/);
    expect(html).toMatch(/<pre [^>]*class="shiki[^"]*"[^>]*><code class="language-python"><span class="line"><span style="--shiki-light:[^"]+">def<\/span>/);
  });
  it("escapes text in code exactly once", async () => {
    const { html } = await render("```python\nx = '<b>&amp;'\n```\n");
    expect(html).toContain(`'&#x3C;b>&#x26;amp;'</span>`);
    expect(html).not.toContain("<b>");
  });

  it("renders a python block's output under it, escaped, with the PyTorch version", async () => {
    const { html } = await render("```python\nprint('<b>&amp;')\n```\n");
    expect(html).toContain('<figure class="code-run code-run--output"><figcaption class="code-run-caption"><span class="code-run-label">Output</span>');
    expect(html).toContain("PyTorch 1.13.0 (CPU), Python 3.11.2");
    expect(html).toContain('<pre class="code-run-text" tabindex="0"><samp>&lt;b&gt;&amp;amp; 1</samp></pre>');
    expect(html.indexOf("code-figure")).toBeLessThan(html.indexOf("code-run"));
  });
});
