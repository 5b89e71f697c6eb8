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
  const outputs = outputsByHash({ python: "3.13.5", torch: "2.6.0+debian", blocks });
  const { code } = await compileMdxUncached("content/entries/x.mdx", body, 0, { outputs });
  return { code, html: renderToStaticMarkup(createElement(getMDXComponent(code), { components: mdxComponents })) };
};

describe("plain content as static markup", () => {
  it("sets each run of plain content between components as one block, and renders the same markup", async () => {
    const { code, html } = await render("Inline $x^2$ and\n\n$$\n\\frac{a}{b}\n$$\n\n```python\ndef f(x):\n    return x\n```\n\n| a |\n|---|\n| 1 |\n");
    // One block for the whole run: no element calls for paragraphs, KaTeX spans, code tokens or table cells.
    expect(code.match(/tag:"div",className:"mdx-run"/g)?.length).toBe(1);
    expect(code).not.toMatch(/className:"mord"|\(.\.jsx\)\("p"|"td"/);
    expect(html).toMatch(/^<div class="mdx-run"><p>Inline <span class="katex"><span class="katex-mathml"><math/);
    expect(html).toMatch(/<span class="katex-display" tabindex="0" role="group" aria-label="Formula"><span class="katex">/);
    expect(html).toMatch(/<figure class="code-figure"><figcaption class="code-caption"><span class="code-language">Python<\/span><button type="button" class="copy-button" aria-label="Copy code" data-copy-label="Copy code">Copy<\/button><\/figcaption><pre [^>]*class="shiki[^"]*"[^>]*data-language="python" data-copy-source=""><code class="language-python"><span class="line"><span style="--shiki-light:[^"]+">def<\/span>/);
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Table"><table>');
  });

  it("keeps components as components, with the runs inside their children set the same way", async () => {
    const { code, html } = await render("Before.\n\n<EditorNote>\nA note with $y$.\n</EditorNote>\n\nAfter.\n");
    expect(code.match(/className:"mdx-run"/g)?.length).toBe(3);
    expect(html).toMatch(/^<div class="mdx-run"><p>Before.<\/p>\s*<\/div><aside[^>]*>[\s\S]*<div class="mdx-run"><p>A note with <span class="katex">[\s\S]*<\/aside><div class="mdx-run">\s*<p>After.<\/p><\/div>$/);
  });

  it("escapes text in code exactly once", async () => {
    const { html } = await render("```python\nx = '<b>&amp;'\n```\n");
    expect(html).toContain(`'&#x3C;b>&#x26;amp;'</span>`);
    expect(html).not.toContain("<b>");
  });

  it("renders a python block's output under it, escaped, with the PyTorch version", async () => {
    const { html } = await render("```python\nprint('<b>&amp;')\n```\n");
    expect(html).toContain('<figure class="code-run code-run--output"><figcaption class="code-run-caption"><span class="code-run-label">Output</span>');
    expect(html).toContain("PyTorch 2.6.0+debian (CPU), Python 3.13.5");
    expect(html).toContain('<pre class="code-run-text" tabindex="0"><samp>&#x3C;b>&#x26;amp; 1</samp></pre>');
    expect(html).not.toContain("<b>");
    expect(html.indexOf("code-figure")).toBeLessThan(html.indexOf("code-run"));
  });
});
