import type { Registry } from "../content/registry";
import { entryMarkdownUrl, type SiteInfo } from "./entry-markdown";

/**
 * /llms.txt after the llms.txt convention (llmstxt.org): the site's name as H1, a blockquote summary,
 * a short note, then one H2 per category listing each entry as `- [Title](its .md copy): summary`, and
 * an "Optional" section with the larger files. /llms-full.txt is every entry's Markdown in one file.
 */

/** Text of a Markdown link label or list line: brackets and line breaks cannot break the line's syntax. */
function inline(text: string): string {
  return text.replace(/\s+/g, " ").replace(/([\\[\]])/g, "\\$1");
}

export function llmsTxt(registry: Pick<Registry, "categories" | "entries">, site: SiteInfo & { description: string }): string {
  const lines = [
    `# ${site.name}`,
    "",
    `> ${inline(site.description)} ${registry.entries.length} entries, most with their math, PyTorch code that runs (with what it printed) and papers.`,
    "",
    "Each link is the entry's Markdown copy; its web page is the same address without `.md`. Formulas are LaTeX ($…$ and $$…$$); each python block is followed by the output it printed on the PyTorch version the entry states.",
  ];
  for (const c of registry.categories) {
    if (!c.entries.length) continue;
    lines.push("", `## ${inline(c.title)}`, "");
    for (const e of c.entries) lines.push(`- [${inline(e.title)}](${entryMarkdownUrl(site, e.slug)}): ${inline(e.summary)}`);
  }
  lines.push(
    "",
    "## Optional",
    "",
    `- [Every entry in one file](${site.url}/llms-full.txt): the Markdown of all ${registry.entries.length} entries, concatenated`,
    `- [The registry as JSON](${site.url}/data/entries.json): slug, title, aliases, category, maturity, summary, facts, papers, related, trust line and addresses of every entry`,
    `- [Its JSON Schema](${site.url}/data/entries.schema.json): the shape of entries.json`,
  );
  return `${lines.join("\n")}\n`;
}

/** /llms-full.txt: the same header, then each entry's Markdown document (each starts with its own H1). */
export function llmsFullTxt(documents: string[], site: SiteInfo & { description: string }): string {
  const head = `# ${site.name}\n\n> ${inline(site.description)} The full text of its ${documents.length} entries, each starting with its title as a heading.\n`;
  return [head, ...documents].join("\n");
}
