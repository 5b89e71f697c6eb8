import { PageShell } from "@/components/layout/PageShell";
import { getRegistry, type Category } from "@/lib/content";
import { categoriesForHome, startHere } from "@/lib/home/start-here";
import "./home.css";

function CategoryGrid({ categories }: { categories: Category[] }) {
  return (
    <ul className="category-grid">
      {categories.map((c) => (
        <li key={c.slug}>
          <a href={`/categories/${c.slug}`} className="category-card">
            <span className="category-card-title">{c.title}</span>
            <span className="category-card-count">{c.entries.length} {c.entries.length === 1 ? "entry" : "entries"}</span>
            <span className="category-card-description">{c.description}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Home: what the atlas is, a reading path through the fundamentals, then the categories (the header holds the search box). */
export default function HomePage() {
  const registry = getRegistry();
  const { categories, entries } = registry;
  const steps = startHere(registry);
  const { established, exploratory } = categoriesForHome(categories);
  return (
    <PageShell>
      <section className="hero">
        <h1>Neural Atlas</h1>
        <p className="hero-lead">
          An encyclopedia of neural-network components: every layer, attention variant, normalization, activation, optimizer,
          schedule, loss, regularizer and architecture, with the math, runnable code and diagrams, cross-linked and searchable.
        </p>
        <p className="hero-stats">
          {entries.length} entries in {categories.length} categories
        </p>
      </section>
      <section aria-labelledby="start-heading" className="start-here">
        <h2 id="start-heading">Start here</h2>
        <p className="start-here-lead">New to neural networks? Read these {steps.length} in order, from a single layer to the Transformer.</p>
        <ol className="start-here-path">
          {steps.map(({ entry, adds }) => (
            <li key={entry.slug}>
              <a href={`/entries/${entry.slug}`}>{entry.title}</a>
              <span className="start-here-adds">{adds}</span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Categories</h2>
        <CategoryGrid categories={established} />
      </section>
      {exploratory.length > 0 && (
        <section aria-labelledby="exploratory-heading">
          <h2 id="exploratory-heading">Showcase designs and exploratory topics</h2>
          <p className="start-here-lead">Worked example systems and newer ideas: most of these entries are emerging, experimental or speculative, as their labels say.</p>
          <CategoryGrid categories={exploratory} />
        </section>
      )}
    </PageShell>
  );
}
