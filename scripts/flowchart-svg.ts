/**
 * Draws mermaid flowcharts to SVG in Chromium (Debian's /usr/bin/chromium through playwright-core), in
 * the site's palette: mermaid is given one sentinel colour per role, and each sentinel in its output is
 * then replaced by a CSS custom property (--fc-node, --fc-line, …) that app/styles/prose.css defines for the
 * light and the dark theme, so one SVG serves both. Used by scripts/render-flowcharts.ts.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser } from "playwright-core";

/** Colour roles: the sentinel mermaid draws with, and the custom property that replaces it. */
export const FLOWCHART_COLOURS = {
  node: { sentinel: "#a10001", variable: "--fc-node" },
  nodeBorder: { sentinel: "#a10002", variable: "--fc-node-border" },
  text: { sentinel: "#a10003", variable: "--fc-text" },
  line: { sentinel: "#a10004", variable: "--fc-line" },
  cluster: { sentinel: "#a10005", variable: "--fc-cluster" },
  clusterBorder: { sentinel: "#a10006", variable: "--fc-cluster-border" },
  labelBg: { sentinel: "#a10007", variable: "--fc-label-bg" },
} as const;

const C = Object.fromEntries(Object.entries(FLOWCHART_COLOURS).map(([k, v]) => [k, v.sentinel])) as Record<keyof typeof FLOWCHART_COLOURS, string>;

/** Mermaid's theme: "base" with every colour it uses for flowcharts set to a sentinel (none derived). */
export const THEME_VARIABLES = {
  background: C.labelBg,
  primaryColor: C.node,
  mainBkg: C.node,
  secondaryColor: C.cluster,
  tertiaryColor: C.cluster,
  primaryBorderColor: C.nodeBorder,
  secondaryBorderColor: C.clusterBorder,
  tertiaryBorderColor: C.clusterBorder,
  nodeBorder: C.nodeBorder,
  primaryTextColor: C.text,
  secondaryTextColor: C.text,
  tertiaryTextColor: C.text,
  nodeTextColor: C.text,
  textColor: C.text,
  titleColor: C.text,
  lineColor: C.line,
  defaultLinkColor: C.line,
  arrowheadColor: C.line,
  clusterBkg: C.cluster,
  clusterBorder: C.clusterBorder,
  edgeLabelBackground: C.labelBg,
  fontSize: "16px",
};

/** The site's sans-serif stack (app/styles/tokens.css --font-sans): labels are measured in it. */
export const FLOWCHART_FONT = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export interface DrawnFlowchart {
  svg: string;
  width: number;
  height: number;
}

/** Light-theme colours, used where the custom properties are not defined (the SVG file opened alone). */
const FALLBACK: Record<keyof typeof FLOWCHART_COLOURS, string> = {
  node: "#ddf4ff",
  nodeBorder: "#0b5cd5",
  text: "#1f2328",
  line: "#59636e",
  cluster: "#f6f8fa",
  clusterBorder: "#8c959f",
  labelBg: "#ffffff",
};

const v = (role: keyof typeof FLOWCHART_COLOURS) => `var(${FLOWCHART_COLOURS[role].variable}, ${FALLBACK[role]})`;

/** The stylesheet each drawing carries instead of mermaid's (which styles every diagram type, with its own colours). */
export function flowchartStyle(id: string): string {
  const s = `#${id}`;
  return [
    `${s}{font-family:${FLOWCHART_FONT};font-size:16px;fill:${v("text")}}`,
    // Labels were measured at weight 400; a page's own .label or text rules must not change them.
    `${s} text,${s} .label{fill:${v("text")};font-weight:400;font-style:normal;letter-spacing:normal}`,
    `${s} a text{fill:var(--fc-link, #0b5cd5);text-decoration:underline}`,
    `${s} .node .label text{text-anchor:middle}`,
    `${s} .node rect,${s} .node circle,${s} .node ellipse,${s} .node polygon,${s} .node path{fill:${v("node")};stroke:${v("nodeBorder")};stroke-width:1px}`,
    `${s} .cluster rect{fill:${v("cluster")};stroke:${v("clusterBorder")};stroke-width:1px}`,
    `${s} .flowchart-link{stroke:${v("line")};fill:none;stroke-width:1.5px}`,
    `${s} .edge-thickness-thick{stroke-width:3.5px}`,
    `${s} .edge-pattern-dashed{stroke-dasharray:3}`,
    `${s} .edge-pattern-dotted{stroke-dasharray:3 3}`,
    `${s} .marker{fill:${v("line")};stroke:${v("line")}}`,
    `${s} .edgeLabel rect{fill:${v("labelBg")}}`,
  ].join("");
}

/**
 * Makes mermaid's SVG the site's: its stylesheet, drop-shadow filters and gradient (unused by the classic
 * look) and layout data attributes are dropped, `flowchartStyle` goes in their place, and a sentinel
 * colour left inline becomes its custom property. Throws if any other colour remains (a role not mapped).
 */
export function themeSvg(svg: string, id: string): string {
  let out = svg
    .replace(/<style>[\s\S]*?<\/style>/, `<style>${flowchartStyle(id)}</style>`)
    .replace(/<defs><filter [\s\S]*?<\/filter><\/defs>/g, "")
    .replace(/<linearGradient [\s\S]*?<\/linearGradient>/g, "")
    .replace(/ data-(?:points|look|et|edge|id|node)="[^"]*"/g, "")
    .replace(/ style=";?"/g, "")
    // One word per <tspan> is how mermaid styles markdown; plain labels need only the row's text.
    .replace(/<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">([^<]*)<\/tspan>/g, "$1")
    .replace(/<rect><\/rect>|<g><rect class="background" style="stroke: none"><\/rect><\/g>/g, "")
    // Coordinates to a tenth of a pixel.
    .replace(/(\d+\.\d)\d+/g, "$1");
  // Mermaid defines a dozen arrowhead markers per drawing; keep the ones an edge uses.
  out = out.replace(/<marker id="([^"]+)"[\s\S]*?<\/marker>/g, (m, markerId: string) => (out.includes(`url(#${markerId})`) ? m : ""));
  for (const role of Object.keys(FLOWCHART_COLOURS) as (keyof typeof FLOWCHART_COLOURS)[])
    out = out.replace(new RegExp(FLOWCHART_COLOURS[role].sentinel, "gi"), v(role));
  const own = new Set(Object.values(FALLBACK).map((c) => c.toLowerCase()));
  const stray = (out.match(/#[0-9a-f]{6}\b|#[0-9a-f]{3}\b(?![-\w])|rgba?\([^)]*\)|hsla?\([^)]*\)/gi) ?? []).filter((c) => !own.has(c.toLowerCase()));
  if (stray.length) throw new Error(`mermaid drew colours the theme does not map to the site's palette: ${[...new Set(stray)].join(", ")}`);
  return out;
}

const require = createRequire(import.meta.url);

/** Opens Chromium with mermaid loaded; `draw` each source, then `close`. */
export async function openFlowchartRenderer(executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium") {
  const browser: Browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html><head><style>body{font-family:${FLOWCHART_FONT};font-size:16px}</style></head><body></body></html>`);
  await page.addScriptTag({ content: readFileSync(require.resolve("mermaid/dist/mermaid.min.js"), "utf8") });
  const version: string = JSON.parse(readFileSync(require.resolve("mermaid/package.json"), "utf8")).version;
  await page.evaluate(
    ({ themeVariables, fontFamily }) => {
      const m = (window as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid;
      m.initialize({
        startOnLoad: false,
        securityLevel: "strict",
        theme: "base",
        themeVariables: { ...themeVariables, fontFamily },
        fontFamily,
        htmlLabels: false,
        flowchart: { htmlLabels: false, useMaxWidth: false, padding: 12, wrappingWidth: 140, nodeSpacing: 30, rankSpacing: 36 },
        markdownAutoWrap: true,
      });
    },
    { themeVariables: THEME_VARIABLES, fontFamily: FLOWCHART_FONT },
  );
  return {
    version,
    async draw(id: string, source: string): Promise<DrawnFlowchart> {
      const raw = await page.evaluate(
        async ({ id, source }) => {
          const m = (window as unknown as { mermaid: { render(id: string, s: string): Promise<{ svg: string }> } }).mermaid;
          const { svg } = await m.render(id, source);
          return svg;
        },
        { id, source },
      );
      const viewBox = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(raw);
      if (!viewBox) throw new Error("mermaid's SVG has no viewBox");
      const width = Math.ceil(Number(viewBox[3]));
      const height = Math.ceil(Number(viewBox[4]));
      return { svg: themeSvg(raw, id), width, height };
    },
    close: () => browser.close(),
  };
}
