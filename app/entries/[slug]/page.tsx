import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryFooterNav } from "@/components/entry/EntryFooterNav";
import { EntryHeader } from "@/components/entry/EntryHeader";
import { References, RelatedEntries } from "@/components/entry/EntryFooter";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PageShell } from "@/components/layout/PageShell";
import { TableOfContents } from "@/components/layout/TableOfContents";
import { MdxContent } from "@/components/mdx/MdxContent";
import { getRegistry } from "@/lib/content";
import { compileSource } from "@/lib/mdx";
import "katex/dist/katex.min.css";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRegistry().entries.map((e) => ({ slug: e.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = getRegistry().entry((await params).slug);
  return entry ? { title: entry.title, description: entry.summary } : {};
}

export default async function EntryPage({ params }: Props) {
  const registry = getRegistry();
  const entry = registry.entry((await params).slug);
  if (!entry) notFound();
  const category = registry.category(entry.category)!;
  const compiled = await compileSource(entry, entry.slug);
  const related = entry.related.map((s) => registry.entry(s)!).map(({ slug, title, summary }) => ({ slug, title, summary }));
  return (
    <PageShell currentCategory={category.slug} currentEntry={entry.slug} aside={<TableOfContents items={compiled.toc} />}>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: `/categories/${category.slug}`, label: category.title }, { label: entry.title }]} />
      <article className="prose entry" data-slug={entry.slug}>
        <EntryHeader entry={entry} category={category} />
        <MdxContent code={compiled.code} />
        <RelatedEntries entries={related} />
        <References papers={entry.papers} models={entry.models} />
      </article>
      <EntryFooterNav entries={category.entries} current={entry.slug} />
    </PageShell>
  );
}
