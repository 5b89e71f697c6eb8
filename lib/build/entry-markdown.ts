import type { List, ListItem, PhrasingContent, Root, RootContent, Table, TableRow } from "mdast";
import { outputsByHash } from "../content/code-runs";
import { factColumns, hasFacts } from "../content/facts";
import { factText } from "../content/facts-table";
import type { Category, Entry, Registry } from "../content/registry";
import type { Paper } from "../content/schema";
import { mdxToMdast, stringifyMarkdown } from "../mdx/markdown";
import type { EntryTrust } from "./trust";

/**
 * /entries/<slug>.md: an entry as one Markdown document. Its title and summary, a list of what the page
 * header shows (category, maturity, aliases, API, the trust line), "Reach for this when", the body
 * (lib/mdx/markdown), then what the page's footer shows: facts, related entries, papers and models.
 */

export interface SiteInfo {
  /** Origin without trailing slash. */
  url: string;
  name: string;
}

export const entryPageUrl = (site: SiteInfo, slug: string) => `${site.url}/entries/${slug}`;
export const entryMarkdownUrl = (site: SiteInfo, slug: string) => `${site.url}/entries/${slug}.md`;

const t = (value: string): PhrasingContent => ({ type: "text", value });
const code = (value: string): PhrasingContent => ({ type: "inlineCode", value });
const link = (url: string, children: PhrasingContent[] | string): PhrasingContent => ({ type: "link", url, children: typeof children === "string" ? [t(children)] : children });
const strong = (value: string): PhrasingContent => ({ type: "strong", children: [t(value)] });
const para = (...children: PhrasingContent[]): RootContent => ({ type: "paragraph", children });
const heading = (depth: 1 | 2, value: string): RootContent => ({ type: "heading", depth, children: [t(value)] });
const item = (...children: PhrasingContent[]): ListItem => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children }] });
const list = (items: ListItem[], ordered = false): List => ({ type: "list", ordered, spread: false, children: items });

/** Links a paper's identifiers, whichever the frontmatter states (arXiv, DOI, URL); other fields as text. */
export function paperIdentifiers(paper: Paper): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const [key, value] of Object.entries(paper)) {
    if (["title", "authors", "year", "note"].includes(key) || value === undefined || value === null || typeof value === "object") continue;
    const v = String(value);
    out.push(t(out.length ? ", " : " "));
    if (key === "arxiv") out.push(link(`https://arxiv.org/abs/${v}`, `arXiv:${v}`));
    else if (key === "doi") out.push(link(`https://doi.org/${v}`, `doi:${v}`));
    else if (/^https?:\/\//.test(v)) out.push(link(v, key === "url" ? v : `${key}: ${v}`));
    else out.push(t(`${key}: ${v}`));
  }
  return out;
}

function paperItem(p: Paper): ListItem {
  const children: PhrasingContent[] = [{ type: "emphasis", children: [t(p.title)] }, t(`. ${p.authors}${p.year ? ` (${p.year})` : ""}.`)];
  if (p.note) children.push(t(` ${p.note}`));
  const ids = paperIdentifiers(p);
  if (ids.length) children.push(...ids);
  return item(...children);
}

function factsTable(entry: Entry): Table | undefined {
  if (!hasFacts(entry.category) || !entry.facts) return undefined;
  const rows: TableRow[] = [];
  for (const c of factColumns[entry.category]) {
    const text = factText(c, (entry.facts as Record<string, unknown>)[c.key]);
    if (!text) continue;
    const value: PhrasingContent = c.kind === "math" ? { type: "inlineMath", value: text } : c.kind === "code" ? code(text) : t(text);
    rows.push({ type: "tableRow", children: [{ type: "tableCell", children: [t(c.label)] }, { type: "tableCell", children: [value] }] });
  }
  if (!rows.length) return undefined;
  const head: TableRow = { type: "tableRow", children: [{ type: "tableCell", children: [t("Fact")] }, { type: "tableCell", children: [t("Value")] }] };
  return { type: "table", align: [null, null], children: [head, ...rows] };
}

/** The trust line as list items: code verified (date, PyTorch), content changed, source. */
export function trustItems(trust: EntryTrust): ListItem[] {
  const items: ListItem[] = [];
  if (trust.verified)
    items.push(item(strong("Code verified:"), t(` ${trust.verified.date ? `${trust.verified.date}, ` : ""}PyTorch ${trust.verified.torch} (CPU), Python ${trust.verified.python}`)));
  if (trust.contentDate) items.push(item(strong("Content last changed:"), t(` ${trust.contentDate}`)));
  if (trust.sourceUrl) items.push(item(strong("Source:"), t(" "), link(trust.sourceUrl, trust.sourceUrl)));
  return items;
}

/** The whole Markdown document of one entry. */
export function entryMarkdown(entry: Entry, category: Pick<Category, "slug" | "title">, registry: Pick<Registry, "entry">, trust: EntryTrust, site: SiteInfo): string {
  const pageUrl = entryPageUrl(site, entry.slug);
  const body = mdxToMdast(entry.body, { file: entry.file, lineOffset: entry.bodyLine - 1, pageUrl, siteUrl: site.url, outputs: outputsByHash(entry.codeOutputs) });

  const meta: ListItem[] = [
    item(strong("Category:"), t(" "), link(`${site.url}/categories/${category.slug}`, category.title)),
    item(strong("Maturity:"), t(` ${entry.maturity}`)),
  ];
  if (entry.aliases.length) meta.push(item(strong("Also known as:"), t(` ${entry.aliases.join(", ")}`)));
  if (entry.api) meta.push(item(strong("API:"), t(" "), code(entry.api)));
  meta.push(...trustItems(trust));
  meta.push(item(strong("Web page:"), t(" "), link(pageUrl, pageUrl)));

  const head: RootContent[] = [heading(1, entry.title), { type: "blockquote", children: [{ type: "paragraph", children: [t(entry.summary)] }] }, list(meta)];
  if (entry.problems.length) head.push(heading(2, "Reach for this when"), list(entry.problems.map((p) => item(t(p)))));

  const tail: RootContent[] = [];
  const facts = factsTable(entry);
  if (facts) tail.push(heading(2, "Facts"), facts);
  if (entry.related.length)
    tail.push(
      heading(2, "Related entries"),
      list(
        entry.related.map((slug) => {
          const r = registry.entry(slug)!;
          return item(link(entryPageUrl(site, slug), r.title), t(`: ${r.summary}`));
        }),
      ),
    );
  if (entry.papers.length || entry.models.length) {
    tail.push(heading(2, "References"));
    if (entry.papers.length) tail.push(list(entry.papers.map(paperItem), true));
    if (entry.models.length) tail.push(para(strong("Models:"), t(` ${entry.models.join(", ")}`)));
  }
  tail.push(para({ type: "emphasis", children: [t(`From ${site.name}: `), link(pageUrl, pageUrl)] }));

  const doc: Root = { type: "root", children: [...head, ...body.children, ...tail] };
  return stringifyMarkdown(doc);
}
