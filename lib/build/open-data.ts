import { z } from "zod";
import { factsSchemas } from "../content/facts";
import type { Registry } from "../content/registry";
import { ARXIV_ID, DOI, referenceUrl } from "../content/references";
import { maturitySchema, paperSchema, slugSchema } from "../content/schema";
import { entryMarkdownUrl, entryPageUrl, type SiteInfo } from "./entry-markdown";
import type { EntryTrust } from "./trust";

/**
 * The atlas as open data: /data/entries.json (the registry, one record per entry) and its JSON Schema,
 * /data/entries.schema.json, derived from the zod schema below, which is built from the content schemas
 * themselves (papers, facts, slugs), so the published schema cannot drift from what the site validates.
 */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** An absolute URL when the build knows where the site is published (SITE_URL), else a root-relative path. */
const address = z.union([z.url(), z.string().regex(/^\/(?!\/)/, "a root-relative path")]);

/** A paper as the entry lists it, with its confirmed identifiers (content/references.yaml) where there are any. */
const openPaperSchema = paperSchema.extend({
  authorList: z.array(z.string().min(1)).optional().describe("The full author list, where a source showed it."),
  venue: z.string().min(1).optional(),
  arxiv: z.string().regex(ARXIV_ID).optional(),
  doi: z.string().regex(DOI).optional(),
  link: z.url().optional().describe("arxiv.org/abs or doi.org address of the paper."),
});

export const openEntrySchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    category: slugSchema,
    categoryTitle: z.string().min(1),
    maturity: maturitySchema,
    summary: z.string().min(1),
    problems: z.array(z.string().min(1)),
    api: z.string().min(1).optional(),
    facts: z.union(Object.values(factsSchemas)).optional().describe("Typed per category (see the site's category pages); only facts stated with confidence."),
    papers: z.array(openPaperSchema),
    models: z.array(z.string().min(1)),
    related: z.array(slugSchema),
    url: address.describe("The entry's web page."),
    markdown: address.describe("The entry as Markdown."),
    codeVerified: z
      .object({ torch: z.string().min(1), python: z.string().min(1), date: day.optional() })
      .strict()
      .optional()
      .describe("When the entry's python blocks last ran and printed what the page shows, and on which versions."),
    contentChanged: day.optional().describe("Day of the last commit that changed the entry's source."),
    source: z.url().optional().describe("The entry's source file in the repository."),
  })
  .strict();

export const openDataSchema = z
  .object({
    version: z.literal(1),
    site: z.string().min(1),
    url: address.describe("The site's address (\"/\" when the build was not given SITE_URL)."),
    count: z.number().int().min(0),
    entries: z.array(openEntrySchema),
  })
  .strict();

export type OpenData = z.infer<typeof openDataSchema>;
export type OpenEntry = z.infer<typeof openEntrySchema>;

/** The JSON Schema of /data/entries.json (draft 2020-12), from the zod schema. */
export function openDataJsonSchema(site: SiteInfo): Record<string, unknown> {
  return {
    ...z.toJSONSchema(openDataSchema, { target: "draft-2020-12", io: "output", unrepresentable: "throw" }),
    ...(site.url ? { $id: `${site.url}/data/entries.schema.json` } : {}),
    title: `${site.name} entries`,
    description: "Every entry of the atlas: its registry record, trust line and addresses.",
  };
}

/** The registry as open data, in the order of the site (categories by their order, then their entries). */
export function openData(registry: Registry, trustOf: (slug: string) => EntryTrust, site: SiteInfo): OpenData {
  const entries: OpenEntry[] = [];
  for (const c of registry.categories)
    for (const e of c.entries) {
      const trust = trustOf(e.slug);
      entries.push({
        slug: e.slug,
        title: e.title,
        aliases: e.aliases,
        category: c.slug,
        categoryTitle: c.title,
        maturity: e.maturity,
        summary: e.summary,
        problems: e.problems,
        ...(e.api ? { api: e.api } : {}),
        ...(e.facts ? { facts: e.facts } : {}),
        papers: e.papers.map(({ ref, ...paper }) => ({
          ...paper,
          ...(ref
            ? { authorList: ref.authors, ...(ref.venue ? { venue: ref.venue } : {}), ...(ref.arxiv ? { arxiv: ref.arxiv } : {}), ...(ref.doi ? { doi: ref.doi } : {}), link: referenceUrl(ref)! }
            : {}),
        })),
        models: e.models,
        related: e.related,
        url: entryPageUrl(site, e.slug),
        markdown: entryMarkdownUrl(site, e.slug),
        ...(trust.verified ? { codeVerified: trust.verified } : {}),
        ...(trust.contentDate ? { contentChanged: trust.contentDate } : {}),
        ...(trust.sourceUrl ? { source: trust.sourceUrl } : {}),
      });
    }
  return { version: 1, site: site.name, url: site.url || "/", count: entries.length, entries };
}
