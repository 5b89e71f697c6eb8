/**
 * Measurements of the drawn page, run inside the browser with page.evaluate. Each function is
 * self-contained (Playwright serialises it), and returns plain data with a line per problem.
 */

export interface FormulaReport {
  formulas: number;
  /** Formulas whose MathML has a sub- or superscript. */
  withScripts: number;
  /** KaTeX script boxes (.msupsub) measured. */
  scripts: number;
  /** Formulas with a script drawn at (nearly) its base's size. */
  fullSize: number;
  problems: string[];
}

/**
 * Every KaTeX formula on the page:
 * - a formula whose MathML has a sub/superscript must draw some glyph under 85% of its own font size
 *   (this reads no KaTeX class name, so it holds whatever a version calls its boxes);
 * - each script box (.msupsub) draws its text under 85% of its base's size, unless the base is already
 *   at the smallest script size, where TeX stops shrinking;
 * - no formula reaches past the article's column, unless a box that scrolls sideways holds it and shows
 *   a cue (see hasScrollCue in measureOverflow).
 */
export function measureFormulas(): FormulaReport {
  const report: FormulaReport = { formulas: 0, withScripts: 0, scripts: 0, fullSize: 0, problems: [] };
  const column = document.querySelector("article") ?? document.querySelector("main");
  if (!column) return { ...report, problems: ["no article or main"] };
  const col = column.getBoundingClientRect();
  const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
  const tex = (k: Element) => (k.querySelector("annotation")?.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 80);
  /** Elements drawing text directly (a non-empty text node child). */
  const textLeaves = (root: Element) =>
    [...root.querySelectorAll("*")].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ""));
  const hasScrollCue = (box: Element) => {
    const s = getComputedStyle(box);
    return (s.backgroundAttachment.includes("local") && s.backgroundImage.includes("gradient")) || (s.maskImage !== "none" && s.maskImage !== "") || s.boxShadow.includes("inset");
  };

  for (const k of document.querySelectorAll(".katex")) {
    const html = k.querySelector(".katex-html");
    if (!html) continue;
    report.formulas++;
    const rootSize = px(k);
    const before = report.problems.length;
    if (k.querySelector(".katex-mathml :is(msub, msup, msubsup)")) {
      report.withScripts++;
      const smallest = Math.min(...textLeaves(html).map(px));
      if (!(smallest < rootSize * 0.85)) report.problems.push(`full-size scripts (smallest glyph ${smallest}px of ${rootSize}px): ${tex(k)}`);
    }
    for (const sub of html.querySelectorAll(".msupsub")) {
      report.scripts++;
      const base = px(sub.parentElement!);
      if (base <= rootSize * 0.55) continue; // already scriptscript size
      const sizes = textLeaves(sub).map(px);
      const largest = Math.max(...sizes);
      if (sizes.length && !(largest < base * 0.85)) {
        report.problems.push(`script drawn at ${largest}px on a ${base}px base: ${tex(k)}`);
        break;
      }
    }
    if (report.problems.length > before) report.fullSize++;
    // What is drawn: KaTeX's .base boxes (a display formula's .katex is a block as wide as the column).
    const boxes = [...html.querySelectorAll(":scope > .base, :scope > .tag")].map((b) => b.getBoundingClientRect()).filter((b) => b.width > 0);
    if (!boxes.length) continue;
    const r = { left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)) };
    if (r.right <= col.right + 1 && r.left >= col.left - 1) continue;
    let scroller: Element | null = null;
    for (let a = k.parentElement; a && a !== column; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o === "auto" || o === "scroll") {
        scroller = a;
        break;
      }
    }
    if (report.problems.length > before) report.fullSize++;
    if (!scroller) report.problems.push(`wider than its column (${Math.round(r.left)}–${Math.round(r.right)} px, column ${Math.round(col.left)}–${Math.round(col.right)}): ${tex(k)}`);
    else if (scroller.getBoundingClientRect().right > col.right + 1) report.problems.push(`its scroll box runs past the column: ${tex(k)}`);
    else if (!hasScrollCue(scroller)) report.problems.push(`scrolls in a box with no visible cue (${scroller.className}): ${tex(k)}`);
  }
  return report;
}

export interface OverflowReport {
  innerWidth: number;
  scrollWidth: number;
  /** Elements whose right edge is past the viewport and that no scroll box holds. */
  past: string[];
  /** Scroll boxes that overflow sideways without a visible cue. */
  silent: string[];
}

/**
 * Everything drawn on the page stays within the viewport: an element whose right edge is past it must
 * sit in a box that scrolls sideways (or clips) and ends inside the viewport; a box that does scroll
 * sideways must show it (a fade or shadow: a gradient background attached to its content, a mask, or
 * an inset shadow). The page itself never scrolls sideways.
 */
export function measureOverflow(): OverflowReport {
  const vw = document.documentElement.clientWidth;
  const describe = (el: Element) => {
    const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join(".")}` : "";
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${cls}${text ? ` "${text}"` : ""}`;
  };
  const hasScrollCue = (box: Element) => {
    const s = getComputedStyle(box);
    return (s.backgroundAttachment.includes("local") && s.backgroundImage.includes("gradient")) || (s.maskImage !== "none" && s.maskImage !== "") || s.boxShadow.includes("inset");
  };
  const past = new Map<Element, string>();
  const silent: string[] = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const style = getComputedStyle(el);
    if ((style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1 && !hasScrollCue(el)) silent.push(describe(el));
    if (style.position === "fixed" && r.left < 0) continue; // an off-canvas drawer
    if (r.right <= vw + 1) continue;
    // Drawn past the edge only if no ancestor that clips or scrolls sideways ends inside the viewport.
    let held = false;
    let reported = false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (past.has(a)) reported = true; // only the outermost offender is listed
      if (!held && getComputedStyle(a).overflowX !== "visible" && a.getBoundingClientRect().right <= vw + 1) held = true;
    }
    if (!held) past.set(el, reported ? "" : `${describe(el)} right edge ${Math.round(r.right)} px`);
  }
  return { innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, past: [...past.values()].filter(Boolean), silent };
}
