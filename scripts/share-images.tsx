import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";

export interface ShareCard {
  slug: string;
  title: string;
  category: string;
  summary: string;
  maturity: string;
}

const TEMPLATE_VERSION = "2";

/**
 * The bundled font covers Latin text only; for any other glyph the renderer would try to download a
 * font (there is no network at build time), so such characters are spelled out or dropped.
 */
const SPELLED: Record<string, string> = { "→": "->", "←": "<-", "×": "x", "≈": "~", "≤": "<=", "≥": ">=", "²": "2", "³": "3", "·": "-", "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "θ": "theta", "λ": "lambda", "σ": "sigma", "τ": "tau", "μ": "mu" };
export function latinOnly(text: string): string {
  return [...text]
    .map((ch) => SPELLED[ch] ?? (/^[\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]$/u.test(ch) ? ch : ""))
    .join("")
    .replace(/\s{2,}/g, " ")
    .trim();
}
const COLORS: Record<string, string> = { established: "#3fb950", emerging: "#4493f8", experimental: "#d29922", speculative: "#ab7df8" };

function card(raw: ShareCard) {
  const c = { ...raw, title: latinOnly(raw.title), category: latinOnly(raw.category), summary: latinOnly(raw.summary) };
  return (
    <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#0d1117", color: "#e6edf3", padding: 72, justifyContent: "space-between" }}>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 30, color: "#4493f8" }}>Neural Atlas · {c.category}</div>
        <div style={{ display: "flex", fontSize: c.title.length > 40 ? 60 : 76, marginTop: 28, lineHeight: 1.1 }}>{c.title}</div>
        <div style={{ display: "flex", fontSize: 34, marginTop: 28, color: "#9198a1", lineHeight: 1.35 }}>{c.summary}</div>
      </div>
      <div style={{ display: "flex", alignItems: "center", fontSize: 26 }}>
        <div style={{ display: "flex", border: `2px solid ${COLORS[c.maturity] ?? "#9198a1"}`, color: COLORS[c.maturity] ?? "#9198a1", borderRadius: 999, padding: "4px 18px" }}>{c.maturity}</div>
      </div>
    </div>
  );
}

/**
 * Renders one 1200×630 PNG share image per entry into outDir, reusing a cached image when the card's
 * text has not changed.
 */
export async function writeShareImages(cards: ShareCard[], outDir: string, cacheDir: string): Promise<{ rendered: number; cached: number }> {
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  let rendered = 0;
  let cached = 0;
  for (const c of cards) {
    const key = createHash("sha256").update(TEMPLATE_VERSION).update(JSON.stringify(c)).digest("hex").slice(0, 24);
    const cacheFile = path.join(cacheDir, `${key}.png`);
    if (!existsSync(cacheFile)) {
      const res = new ImageResponse(card(c), { width: 1200, height: 630 });
      writeFileSync(cacheFile, Buffer.from(await res.arrayBuffer()));
      rendered++;
    } else cached++;
    copyFileSync(cacheFile, path.join(outDir, `${c.slug}.png`));
  }
  return { rendered, cached };
}
