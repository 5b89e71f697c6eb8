/**
 * The ids that page templates (not the MDX bodies) put on their headings. The components render them
 * from here and the link checker accepts links to them from here, so the two cannot drift.
 */
export const ENTRY_IDS = {
  reachForThisWhen: "reach-for-this-when",
  related: "entry-related-heading",
  backlinks: "entry-backlinks-heading",
  references: "entry-references-heading",
} as const;

export const CATEGORY_IDS = {
  compare: "compare-in-category",
  entries: "entries-in-category",
} as const;

export const ENTRY_TEMPLATE_IDS: readonly string[] = Object.values(ENTRY_IDS);
export const CATEGORY_TEMPLATE_IDS: readonly string[] = Object.values(CATEGORY_IDS);
