import { describe, expect, it } from "vitest";
import { comparedSections } from "./sections";

// The shape an entry body renders to (components/entry/EntryBody.tsx): runs of plain content in
// div.mdx-run, components (callouts, diagrams) between them, footnotes in their own section.
const body = [
  '<div class="mdx-run"><p>Intro.</p>',
  '<h2 id="what-it-does">What it does<a class="heading-anchor" href="#what-it-does">#</a></h2>',
  '<p id="x">Normalizes <a href="/entries/batch-normalization">each sample</a>.</p></div>',
  '<aside class="callout callout--claim"><p class="callout-title">Source’s claim</p><div class="mdx-run"><p>Claim after the run.</p></div></aside>',
  '<div class="mdx-run"><h2 id="the-math">The math</h2><p><span class="katex"><span class="katex-html">x</span></span></p>',
  '<figure class="code-figure"><pre><code>print(1)</code></pre><figcaption>Python<button class="copy-button">Copy</button></figcaption></figure>',
  '<figure class="trace-figure"><svg><g id="n1"></g></svg></figure>',
  '<figure class="diagram-figure"><div class="diagram-toolbar"><span>100%</span><button>+</button></div><svg aria-labelledby="d-title"><title id="d-title">Diagram: x</title></svg></figure>',
  '<p>After the trace.</p>',
  '<h2 id="papers">Papers</h2><p>Not compared.</p>',
  '<h2 id="code">Code</h2><p>Code text.<sup><a href="#fn-1" id="ref-1">1</a></sup></p></div>',
  '<section data-footnotes class="footnotes"><h2 id="footnote-label">Footnotes</h2><ol><li id="fn-1">A note.</li></ol></section>',
].join("");

describe("comparedSections", () => {
  const s = comparedSections(body);

  it("takes everything from a section's h2 to the next, across runs and components", () => {
    expect(s["what-it-does"]).toContain("Normalizes");
    // A callout after the heading's run belongs to the section too.
    expect(s["what-it-does"]).toContain("Claim after the run.");
    expect(s["what-it-does"]).not.toContain("Intro.");
    expect(s["the-math"]).toContain('class="katex"');
    expect(s["the-math"]).toContain("After the trace.");
    expect(s["the-math"]).not.toContain("Not compared.");
    expect(s.code).toBe('<p>Code text.<sup><a href="#fn-1">1</a></sup></p>');
  });

  it("removes ids and references to them, heading anchors, buttons, zoom bars and traced model diagrams", () => {
    const all = Object.values(s).join("");
    expect(all).not.toMatch(/\sid=/);
    expect(all).not.toContain("aria-labelledby");
    expect(all).not.toContain("diagram-toolbar");
    expect(s["the-math"]).toContain("<svg><title>Diagram: x</title></svg>");
    expect(all).not.toContain("heading-anchor");
    expect(all).not.toContain("<button");
    expect(all).not.toContain("trace-figure");
    expect(s["the-math"]).toContain("<pre><code>print(1)</code></pre>");
  });

  it("gives every compared section, empty when the entry lacks it", () => {
    expect(Object.keys(s)).toEqual(["what-it-does", "the-math", "code", "hyperparameters", "when-to-use"]);
    expect(s.hyperparameters).toBe("");
    expect(comparedSections("<p>No headings.</p>")["what-it-does"]).toBe("");
  });

  it("keeps SVG and MathML markup intact", () => {
    const math = '<h2 id="the-math">The math</h2><span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math></span><svg viewBox="0 0 10 10"><path d="M0 0"></path></svg>';
    expect(comparedSections(math)["the-math"]).toBe('<span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math></span><svg viewBox="0 0 10 10"><path d="M0 0"></path></svg>');
  });
});
