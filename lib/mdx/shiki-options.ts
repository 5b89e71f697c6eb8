import type { RehypeShikiOptions } from "@shikijs/rehype";

/**
 * Build-time highlighting with a light and a dark theme emitted as CSS variables (no client highlighter).
 * Unknown languages fall back to plain text instead of failing.
 */
export const shikiOptions: RehypeShikiOptions = {
  // The high-contrast GitHub themes keep every token at WCAG AA contrast on the site's code background.
  themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
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
