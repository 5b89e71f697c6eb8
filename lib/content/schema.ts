import { z } from "zod";

/** Slugs are URL path segments: lowercase ASCII words joined by single hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens (e.g. layer-normalization)");

export const maturityValues = ["established", "emerging", "experimental", "speculative"] as const;
export const maturitySchema = z.enum(maturityValues);
export type Maturity = z.infer<typeof maturitySchema>;

export const paperSchema = z
  .object({
    title: z.string().min(1),
    authors: z.string().min(1),
    year: z.number().int().min(1800).max(2100).optional(),
    note: z.string().optional(),
  })
  .strict();
export type Paper = z.infer<typeof paperSchema>;

export const entryFrontmatterSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    category: slugSchema,
    summary: z.string().min(10).max(160, "must be one sentence of at most 160 characters"),
    maturity: maturitySchema,
    related: z.array(slugSchema).default([]),
    papers: z.array(paperSchema).default([]),
    models: z.array(z.string().min(1)).default([]),
    api: z.string().min(1).optional(),
    /**
     * The problems this entry solves, phrased as a practitioner would type them ("overconfident
     * predictions", "out of memory during training"). Shown as "Reach for this when…" and searched.
     */
    problems: z
      .array(z.string().trim().min(6, "must be a short phrase of a problem, at least 6 characters").max(90, "must be at most 90 characters"))
      .min(3, "list 3 to 8 problems this entry solves")
      .max(8, "list 3 to 8 problems this entry solves"),
    /**
     * Comparison-table facts, typed per category (lib/content/facts.ts). Checked against the
     * category's schema by the loader, which knows the category only after this parse.
     */
    facts: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type EntryFrontmatter = z.infer<typeof entryFrontmatterSchema>;

export const categoryFrontmatterSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    order: z.number().int().min(0),
    description: z.string().min(1),
  })
  .strict();
export type CategoryFrontmatter = z.infer<typeof categoryFrontmatterSchema>;
