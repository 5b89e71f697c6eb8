import type { ReactNode } from "react";
import { CopyButton } from "@/components/mdx/CopyButton";
import type { ResolvedPaper } from "@/lib/content";
import { entryCitation, paperBibtex } from "@/lib/content/cite";
import { buildDate, siteName, siteUrl } from "@/lib/site";
import "./entry.css";

/**
 * The text, with `pageUrl` (a path: the build had no SITE_URL) in an element of its own that the head
 * script completes with the page's origin (components/layout/header-controls.ts).
 */
function withPageUrl(text: string, pageUrl?: string): ReactNode {
  if (!pageUrl) return text;
  return text.split(pageUrl).flatMap((part, i) => (i === 0 ? [part] : [
          // Completed before hydration: React keeps the text it finds (one element, on purpose).
          <span key={i} data-page-url={pageUrl} suppressHydrationWarning>
            {pageUrl}
          </span>,
          part,
        ]));
}

function Citation({ label, text, copyLabel, block, pageUrl }: { label: string; text: string; copyLabel: string; block: boolean; pageUrl?: string }) {
  const content = withPageUrl(text, pageUrl);
  return (
    <figure className="cite-item">
      <figcaption>{label}</figcaption>
      {block ? <pre data-copy-source>{content}</pre> : <p data-copy-source>{content}</p>}
      <CopyButton label={copyLabel} />
    </figure>
  );
}

/** "Cite": BibTeX and a plain-text citation of the entry, and BibTeX for each paper it lists. Works without JS (a details element). */
export function CiteEntry({ entry, papers }: { entry: { slug: string; title: string }; papers: ResolvedPaper[] }) {
  const c = entryCitation(entry, { name: siteName, url: siteUrl ?? "" }, buildDate);
  const pageUrl = siteUrl ? undefined : c.url;
  return (
    <details className="entry-cite" data-cite>
      <summary>Cite</summary>
      <div className="entry-cite-body">
        <Citation label="This entry (BibTeX)" text={c.bibtex} copyLabel="Copy BibTeX of this entry" block pageUrl={pageUrl} />
        <Citation label="This entry (text)" text={c.text} copyLabel="Copy citation text" block={false} pageUrl={pageUrl} />
        {papers.map((p, i) => (
          <Citation key={i} label={`Paper: ${p.title}`} text={paperBibtex(p)} copyLabel={`Copy BibTeX of ${p.title}`} block />
        ))}
      </div>
    </details>
  );
}
