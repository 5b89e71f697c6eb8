import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MaturityBadge } from "@/components/entry/MaturityBadge";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PageShell } from "@/components/layout/PageShell";
import { MdxContent } from "@/components/mdx/MdxContent";
import { FactsTable } from "@/components/facts/FactsTable";
import { getRegistry } from "@/lib/content";
import { factTable } from "@/lib/content/facts-table";
import { compileSource } from "@/lib/mdx";
import { CATEGORY_IDS } from "@/lib/template-ids";
import "./category.css";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRegistry().categories.map((c) => ({ category: c.slug }));
}

type Props = { params: Promise<{ category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = getRegistry().category((await params).category);
  return category ? { title: category.title, description: category.description } : {};
}

export default async function CategoryPage({ params }: Props) {
  const category = getRegistry().category((await params).category);
  if (!category) notFound();
  const intro = await compileSource(category);
  const table = factTable(category.slug, category.entries);
  return (
    <PageShell currentCategory={category.slug}>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { label: category.title }]} />
      <article className="prose category-page">
        <h1>{category.title}</h1>
        <p className="entry-summary">{category.description}</p>
        <MdxContent code={intro.code} />
        {table && (
          <>
            {table.columns.some((c) => c.kind === "math") && <link rel="stylesheet" href="/katex/katex.min.css" precedence="default" />}
            <h2 id={CATEGORY_IDS.compare}>Compare at a glance</h2>
            <FactsTable table={table} id={`facts-${category.slug}`} caption={`${category.title}: key facts of each entry. Select a column header to sort.`} />
          </>
        )}
        <h2 id={CATEGORY_IDS.entries}>Entries ({category.entries.length})</h2>
        <ul className="entry-list">
          {category.entries.map((e) => (
            <li key={e.slug}>
              <a href={`/entries/${e.slug}`}>{e.title}</a> <MaturityBadge maturity={e.maturity} />
              <p>{e.summary}</p>
            </li>
          ))}
        </ul>
      </article>
    </PageShell>
  );
}
