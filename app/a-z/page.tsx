import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PageShell } from "@/components/layout/PageShell";
import { getRegistry } from "@/lib/content";
import { azIndex, azLetterId } from "@/lib/content/az-index";
import "./a-z.css";

export const metadata: Metadata = { title: "A–Z index", description: "Every entry and alias of Neural Atlas, alphabetically." };

export default function AzPage() {
  const groups = azIndex(getRegistry().entries);
  return (
    <PageShell>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { label: "A–Z index" }]} />
      <article className="prose az-index">
        <h1>A–Z index</h1>
        <p className="entry-summary">Every entry and every name it goes by. Aliases point to the entry that explains them.</p>
        <nav aria-label="Letters" className="az-letters">
          {groups.map((g) => (
            <a key={g.letter} href={`#${azLetterId(g.letter)}`}>{g.letter}</a>
          ))}
        </nav>
        {groups.map((g) => (
          <section key={g.letter} aria-labelledby={azLetterId(g.letter)}>
            <h2 id={azLetterId(g.letter)}>{g.letter}</h2>
            <ul className="az-list">
              {g.items.map((i) => (
                <li key={`${i.name}→${i.slug}`}>
                  <a href={`/entries/${i.slug}`}>{i.name}</a>
                  {i.alias && <span className="az-see"> → {i.title}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </article>
    </PageShell>
  );
}
