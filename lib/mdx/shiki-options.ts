import type { RehypeShikiOptions } from "@shikijs/rehype";

/**
 * Build-time highlighting with a light and a dark theme emitted as CSS variables (no client highlighter).
 * Unknown languages fall back to plain text instead of failing.
 */
export const shikiOptions: RehypeShikiOptions = {
  themes: { light: "github-light", dark: "github-dark" },
  defaultColor: false,
  langs: ["python", "bash", "shell", "json", "yaml", "typescript", "javascript"],
  fallbackLanguage: "text",
  addLanguageClass: true,
  transformers: [
    {
      name: "neural-atlas:language-attribute",
      pre(node) {
        node.properties["data-language"] = this.options.lang || "text";
      },
    },
  ],
};
