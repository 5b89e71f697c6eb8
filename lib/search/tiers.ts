/**
 * The fields a term can come from ("tiers"), shared by the index build, the typo lexicon and ranking.
 * Each tier is a flexsearch slot: the postings of a term are its units grouped by tier.
 */

/** Where a term occurs; the number is the flexsearch slot. */
export const Tier = {
  Title: 0,
  Alias: 1,
  Heading: 2,
  Summary: 3,
  Body: 4,
  Api: 5,
  /** A heading most entries share ("Hyperparameters"): weighs like body text, but still names a section. */
  CommonHeading: 6,
  /** Titles of the entry's papers ("… Enables Input Length Extrapolation"). */
  Paper: 7,
  /** The problems the entry solves, as readers phrase them ("overconfident predictions"). */
  Problem: 8,
} as const;
export const TIERS = 9;

/** Score of a term matching in each tier. Title > alias > problem > heading > summary > papers > body > API. */
export const TIER_WEIGHT = [10, 8, 4, 3.5, 1.5, 1.2, 1.5, 2.5, 3.4];

/** Exact phrase matches; a higher rank is better. */
export const ExactRank = { Title: 5, TitleVariant: 4, Pin: 3, Alias: 2, Api: 1 } as const;

/** Postings of one term: unit ids by tier (slot). */
export type Slots = readonly (readonly number[] | undefined | null)[];
