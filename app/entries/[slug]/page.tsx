import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { EntryBody } from "@/components/entry/EntryBody";
import { EntryFooterNav } from "@/components/entry/EntryFooterNav";
import { EntryHeader } from "@/components/entry/EntryHeader";
import { ReferencedBy, References, RelatedEntries } from "@/components/entry/EntryFooter";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PageShell } from "@/components/layout/PageShell";
import { TableOfContents } from "@/components/layout/TableOfContents";
import { trustOf } from "@/lib/build/trust";
import { getRegistry } from "@/lib/content";
import { compileSource, getBacklinks } from "@/lib/mdx";
import { siteName, siteUrl } from "@/lib/site";

export const dynamicParams = false;

/**
 * KaTeX's two text fonts when the page uses them. KaTeX hides formula text until its font has loaded
 * (font-display: block), and the browser finds the fonts only after the stylesheet and layout; a
 * preload starts them with the page. Rarer fonts (sizes, AMS, bold) load on demand.
 */
function katexFontsToPreload(code: string): string[] {
  if (!code.includes("katex")) return [];
  const fonts = ["/katex/fonts/KaTeX_Main-Regular.woff2"];
  if (code.includes("mathnormal")) fonts.push("/katex/fonts/KaTeX_Math-Italic.woff2");
  return fonts;
}

export function generateStaticParams() {
  return getRegistry().entries.map((e) => ({ slug: e.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const registry = getRegistry();
  const entry = registry.entry((await params).slug);
  if (!entry) return {};
  const category = registry.category(entry.category)!.title;
  const meta: Metadata = {
    title: entry.title,
    description: entry.summary,
    keywords: [entry.title, ...entry.aliases],
    openGraph: { type: "article", siteName, title: entry.title, description: entry.summary, section: category },
    twitter: { card: "summary", title: entry.title, description: entry.summary },
  };
  // A canonical URL and share images must be absolute: only a build that knows where it is published has them.
  if (siteUrl) {
    const url = `${siteUrl}/entries/${entry.slug}`;
    const image = { url: `${siteUrl}/og/${entry.slug}.png`, width: 1200, height: 630, alt: `${entry.title}: ${entry.summary}` };
    meta.alternates = { canonical: url };
    meta.openGraph = { ...meta.openGraph, url, images: [image] };
    meta.twitter = { ...meta.twitter, card: "summary_large_image", images: [image] };
  }
  return meta;
}

export default async function EntryPage({ params }: Props) {
  const registry = getRegistry();
  const entry = registry.entry((await params).slug);
  if (!entry) notFound();
  const category = registry.category(entry.category)!;
  const compiled = await compileSource(entry, entry.slug);
  for (const href of katexFontsToPreload(compiled.code)) preload(href, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  const referencedBy = ((await getBacklinks()).get(entry.slug) ?? []).map((s) => registry.entry(s)!).map(({ slug, title }) => ({ slug, title }));
  const related = entry.related.map((s) => registry.entry(s)!).map(({ slug, title, summary }) => ({ slug, title, summary }));
  return (
    <PageShell currentCategory={category.slug} currentEntry={entry.slug} aside={<TableOfContents items={compiled.toc} />}>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: `/categories/${category.slug}`, label: category.title }, { label: entry.title }]} />
      {/* React hoists these into <head>; pages without math never load KaTeX's CSS or fonts. */}
      {compiled.features.math && <link rel="stylesheet" href="/katex/katex.min.css" precedence="default" />}
      {/* The entry as Markdown (root-relative: metadata would need an absolute base, which a build without SITE_URL lacks). */}
      <link rel="alternate" type="text/markdown" href={`/entries/${entry.slug}.md`} />
      {/* Pages with a traced model diagram: its stylesheet, and its small script (hover details, open/close). */}
      {compiled.features.trace && <link rel="stylesheet" href="/trace/trace.css" precedence="default" />}
      {compiled.features.trace && <script src="/trace/trace.js" async />}

      <article className="prose entry" data-slug={entry.slug}>
        <EntryHeader entry={entry} category={category} trust={trustOf(entry)} />
        <TableOfContents items={compiled.toc} variant="inline" />
        <EntryBody compiled={compiled} slug={entry.slug} registry={registry} />
        <RelatedEntries entries={related} from={entry.slug} />
        <ReferencedBy entries={referencedBy} />
        <References papers={entry.papers} models={entry.models} />
      </article>
      <EntryFooterNav entries={category.entries} current={entry.slug} />
    </PageShell>
  );
}
