import { DEFAULTS, type RBox, type RenderTree, type RText } from "./layout";

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === '"' ? "&quot;" : "&#39;"));
}

const FONT = "ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";

/**
 * Styles for a standalone .svg file (the CLI). On the site, components/diagram/diagram.css styles the
 * same classes from the theme's CSS variables.
 */
const STANDALONE_STYLE = `.d-rect{fill:var(--bg-raised,#fff);stroke:var(--fg-muted,#59636e);stroke-width:1.25}
.d-depth-1>.d-rect,.d-depth-1>a>.d-rect,.d-depth-3>.d-rect,.d-depth-3>a>.d-rect{fill:var(--bg-soft,#f6f8fa)}
.d-cell>.d-rect,.d-cell>a>.d-rect{fill:none;stroke:none}.d-rule{fill:none;stroke:var(--fg-muted,#59636e);stroke-width:1.25}
.d-heavy .d-rect{stroke-width:2.5}.d-inner{fill:none;stroke:var(--fg-muted,#59636e)}
.d-line,.d-diag{fill:none;stroke:var(--fg,#1f2328);stroke-width:1.25}.d-head{fill:var(--fg,#1f2328)}
.d-t{fill:var(--fg,#1f2328);white-space:pre}.d-el{fill:var(--fg-muted,#59636e)}
a .d-t{fill:var(--accent,#0b5cd5)}`;

function textEl(t: RText): string {
  return `<text class="${t.cls}" x="${t.x.join(" ")}" y="${t.y}">${escapeXml(t.text)}</text>`;
}

function boxEl(b: RBox): string {
  const cls = ["d-box", b.kind === "cell" ? "d-cell" : "", `d-depth-${Math.min(b.depth, 3)}`, `d-${b.style}`, b.link ? "d-linked" : ""].filter(Boolean).join(" ");
  const rx = b.style === "rounded" ? ' rx="6"' : "";
  const shapes = [`<rect class="d-rect" x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}"${rx}/>`];
  if (b.style === "double" && b.w > 6 && b.h > 6) shapes.push(`<rect class="d-inner" x="${b.x + 2.5}" y="${b.y + 2.5}" width="${b.w - 5}" height="${b.h - 5}"/>`);
  if (b.rules) shapes.push(`<path class="d-rule" d="${b.rules}"/>`);
  const title = `<title>${escapeXml(b.link ? `${b.name} — ${b.link.title}` : b.name)}</title>`;
  const nets = b.nets.length ? ` data-nets="${b.nets.join(" ")}"` : "";
  const head = `<g class="${cls}" id="${escapeXml(b.anchor)}" data-box="${b.id}"${nets}`;
  if (b.link) {
    const linked = b.linkWhole ? b.texts : b.texts.filter((t) => t.link);
    // The link's name starts with the words it shows ("Token Embeddings: open the entry Embedding Layer"):
    // a reader using speech input says what they see (WCAG 2.5.3, label in name).
    const shown = linked.map((t) => t.text.trim()).filter(Boolean).join(" ") || b.name;
    const open = `<a href="${escapeXml(`/entries/${encodeURIComponent(b.link.slug)}`)}" aria-label="${escapeXml(`${shown}: open the entry ${b.link.title}`)}">`;
    const target = ` data-target="${escapeXml(b.link.title)}"`;
    if (b.linkWhole) return `${head}${target}>${open}${title}${shapes.join("")}${b.texts.map(textEl).join("")}</a></g>`;
    // Only the heading names an entry: the heading is the link, the rest of the box is not.
    const heading = linked.map(textEl).join("");
    const rest = b.texts.filter((t) => !t.link).map(textEl).join("");
    return `${head}${target} role="group" aria-label="${escapeXml(b.name)}">${title}${shapes.join("")}${open}${heading}</a>${rest}</g>`;
  }
  return `${head} role="group" aria-label="${escapeXml(b.name)}">${title}${shapes.join("")}${b.texts.map(textEl).join("")}</g>`;
}

export interface SvgOptions {
  /** Adds a style block with default colours, for a file opened outside the site. */
  standalone?: boolean;
}

export function toSvg(tree: RenderTree, options: SvgOptions = {}): string {
  const titleId = `${tree.idPrefix}-title`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagram-svg" viewBox="0 0 ${tree.width} ${tree.height}" width="${tree.width}" height="${tree.height}" role="group" aria-labelledby="${escapeXml(titleId)}" font-family="${FONT}" font-size="${tree.fontSize}" text-anchor="middle" xml:space="preserve">`,
    `<title id="${escapeXml(titleId)}">${escapeXml(tree.title)}</title>`,
  ];
  if (options.standalone) parts.push(`<style>${STANDALONE_STYLE}</style>`);
  parts.push(`<g class="d-boxes">${tree.boxes.map(boxEl).join("")}</g>`);
  parts.push(
    `<g class="d-edges">${tree.edges
      .map((e) => {
        const attrs = `class="d-edge" data-net="${e.net}"${e.boxes.length ? ` data-boxes="${e.boxes.join(" ")}"` : ""}`;
        return `<g ${attrs}><path class="d-line" d="${e.d}"/>${e.heads.map((h) => `<path class="d-head" d="${h}"/>`).join("")}</g>`;
      })
      .join("")}</g>`,
  );
  if (tree.diagonals) parts.push(`<path class="d-diag" d="${tree.diagonals}"/>`);
  if (tree.texts.length) parts.push(`<g class="d-text">${tree.texts.map(textEl).join("")}</g>`);
  parts.push("</svg>");
  return parts.join("");
}

export { DEFAULTS };
