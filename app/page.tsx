import { PageShell } from "@/components/layout/PageShell";
import { SearchBox } from "@/components/search/SearchBox";
import { getRegistry } from "@/lib/content";

export default function HomePage() {
  const { categories, entries } = getRegistry();
  return (
    <PageShell>
      <section className="hero">
        <h1>Neural Atlas</h1>
        <p className="hero-lead">
          An encyclopedia of neural-network components: every layer, attention variant, normalization, activation, optimizer,
          schedule, loss, regularizer and architecture, with the math, runnable code and diagrams, cross-linked and searchable.
        </p>
        <SearchBox variant="hero" />
        <p className="hero-stats">
          {entries.length} entries in {categories.length} categories
        </p>
      </section>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Categories</h2>
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
      </section>
    </PageShell>
  );
}
