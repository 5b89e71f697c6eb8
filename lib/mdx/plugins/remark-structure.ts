import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

/**
 * One section of a page as the compiler reads it: the heading (with the id remarkHeadingIds gave it)
 * and the prose under it up to the next heading, at any depth.
 */
export interface StructuredSection {
  /** Heading id; "" for the text before the first heading. */
  id: string;
  /** Plain heading text ("" for the intro). */
  heading: string;
  /** Heading depth (1–6); 0 for the intro. */
  depth: number;
  /** Prose: no code, no display math, no ESM or expressions; inline math reduced to readable text. */
  text: string;
  /** The same prose without inline math (what search indexes). */
  indexText: string;
}

const TEX_SYMBOLS: Record<string, string> = {
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", varepsilon: "ε", zeta: "ζ", eta: "η", theta: "θ", iota: "ι",
  kappa: "κ", lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", pi: "π", rho: "ρ", sigma: "σ", tau: "τ", phi: "φ", varphi: "φ",
  chi: "χ", psi: "ψ", omega: "ω", Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Sigma: "Σ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
  nabla: "∇", partial: "∂", sqrt: "√", cdot: "·", times: "×", leftarrow: "←", rightarrow: "→", to: "→", infty: "∞",
  le: "≤", leq: "≤", ge: "≥", geq: "≥", ne: "≠", neq: "≠", approx: "≈", sum: "Σ", prod: "Π", odot: "⊙", in: "∈", pm: "±",
};

/** Inline TeX reduced to something readable in a snippet: `\alpha_t` → "α_t", `\sqrt{\hat v}` → "√v". */
export function mathText(tex: string): string {
  return tex
    .replace(/\\(?:text|operatorname|mathrm|mathbf|mathit|mathcal|boldsymbol|bm)\s*\{([^{}]*)\}/g, "$1")
    .replace(/\\(?:hat|bar|tilde|vec|left|right|big|Big|bigl|bigr|,|;|!|quad|qquad)(?![a-zA-Z])\s*/g, "")
    .replace(/\\([a-zA-Z]+)\s*/g, (_, name: string) => TEX_SYMBOLS[name] ?? `${name} `)
    .replace(/[{}\\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const SKIPPED = new Set(["code", "math", "mdxjsEsm", "mdxFlowExpression", "mdxTextExpression", "html", "definition", "yaml"]);
/** Containers of blocks: their children are joined by a space (inline children run together). */
const BLOCKS = new Set(["listItem", "blockquote", "table", "list", "mdxJsxFlowElement"]);

function inline(node: RootContent, math: "readable" | "drop"): string {
  if (SKIPPED.has(node.type)) return "";
  if (node.type === "inlineMath") return math === "readable" ? mathText(node.value) : " ";
  if (node.type === "break") return " ";
  if (node.type === "tableRow") return (node.children as RootContent[]).map((c) => inline(c, math).trim()).join(" · ");
  if ("children" in node) {
    const parts = (node.children as RootContent[]).map((c) => inline(c, math));
    return BLOCKS.has(node.type) ? parts.map((p) => p.trim()).filter(Boolean).join(" ") : parts.join("");
  }
  return "value" in node && typeof node.value === "string" ? node.value : "";
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Records the page's sections (remark-heading-ids must run first: it sets each heading's id). Walks the
 * tree in document order, so a heading inside a component (a Collapsible, a callout) starts a section
 * just as it starts a table-of-contents entry.
 */
export function remarkStructure(options: { sections: StructuredSection[] }) {
  return (tree: Root) => {
    const found: { id: string; heading: string; depth: number; text: string[]; index: string[] }[] = [{ id: "", heading: "", depth: 0, text: [], index: [] }];
    const walk = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type === "heading") {
          const heading = node as Heading;
          const id = String((heading.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id ?? "");
          found.push({ id, heading: squash(toString(heading)), depth: heading.depth, text: [], index: [] });
          continue;
        }
        if (SKIPPED.has(node.type)) continue;
        // Containers that may hold headings are walked; everything else is one run of prose.
        if ((node.type === "mdxJsxFlowElement" || node.type === "blockquote" || node.type === "list" || node.type === "listItem") && "children" in node) {
          walk(node.children as RootContent[]);
          continue;
        }
        const current = found[found.length - 1]!;
        const text = squash(inline(node, "readable"));
        if (text) current.text.push(text);
        const index = squash(inline(node, "drop"));
        if (index) current.index.push(index);
      }
    };
    walk(tree.children);
    for (const s of found) {
      if (s.depth === 0 && s.text.length === 0) continue;
      options.sections.push({ id: s.id, heading: s.heading, depth: s.depth, text: s.text.join(" "), indexText: s.index.join(" ") });
    }
  };
}
