import { CopyButton } from "@/components/mdx/CopyButton";
import type { ResolvedPaper } from "@/lib/content";
import { entryCitation, paperBibtex } from "@/lib/content/cite";
import { buildDate, siteName, siteUrl } from "@/lib/site";

function Citation({ label, text, copyLabel, block }: { label: string; text: string; copyLabel: string; block: boolean }) {
  return (
    <figure className="cite-item">
      <figcaption>{label}</figcaption>
      {block ? <pre data-copy-source>{text}</pre> : <p data-copy-source>{text}</p>}
      <CopyButton label={copyLabel} />
    </figure>
  );
}

/** "Cite": BibTeX and a plain-text citation of the entry, and BibTeX for each paper it lists. Works without JS (a details element). */
export function CiteEntry({ entry, papers }: { entry: { slug: string; title: string }; papers: ResolvedPaper[] }) {
  const c = entryCitation(entry, { name: siteName, url: siteUrl }, buildDate);
  return (
    <details className="entry-cite" data-cite>
      <summary>Cite</summary>
      <div className="entry-cite-body">
        <Citation label="This entry (BibTeX)" text={c.bibtex} copyLabel="Copy BibTeX of this entry" block />
        <Citation label="This entry (text)" text={c.text} copyLabel="Copy citation text" block={false} />
        {papers.map((p, i) => (
          <Citation key={i} label={`Paper: ${p.title}`} text={paperBibtex(p)} copyLabel={`Copy BibTeX of ${p.title}`} block />
        ))}
      </div>
    </details>
  );
}
