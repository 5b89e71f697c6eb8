import type { Category, Entry, Registry } from "@/lib/content";

/**
 * The home page's "Start here": the fundamentals in reading order, from the layer every network is
 * made of to the architecture most readers came for. Each step names what it adds.
 */
export const START_HERE = [
  { slug: "linear-layer", adds: "the layer everything is built from" },
  { slug: "relu", adds: "the non-linearity between layers" },
  { slug: "softmax", adds: "scores into probabilities" },
  { slug: "cross-entropy-loss", adds: "what training minimises" },
  { slug: "sgd", adds: "following the gradient" },
  { slug: "adam", adds: "the adaptive optimizer most models use" },
  { slug: "layer-normalization", adds: "keeping activations in range" },
  { slug: "self-attention", adds: "positions reading each other" },
  { slug: "multi-head-attention", adds: "several attention patterns at once" },
  { slug: "transformer", adds: "all of the above, stacked" },
] as const;

export interface StartHereStep {
  entry: Entry;
  adds: string;
}

/** The path's entries; a step naming no entry is an error that names it (the build renders this page). */
export function startHere(registry: Pick<Registry, "entry">, steps: readonly { slug: string; adds: string }[] = START_HERE): StartHereStep[] {
  return steps.map(({ slug, adds }) => {
    const entry = registry.entry(slug);
    if (!entry) throw new Error(`lib/home/start-here.ts: "Start here" names "${slug}", but there is no content/entries/${slug}.mdx`);
    return { entry, adds };
  });
}

/**
 * Categories in their order, the established material first: a category where fewer than half the
 * entries are established (the showcase designs, the speculative and exploratory ones) comes after.
 */
export function categoriesForHome(categories: readonly Category[]): { established: Category[]; exploratory: Category[] } {
  const established: Category[] = [];
  const exploratory: Category[] = [];
  for (const c of categories) {
    const settled = c.entries.filter((e) => e.maturity === "established").length;
    (settled * 2 >= c.entries.length ? established : exploratory).push(c);
  }
  return { established, exploratory };
}
