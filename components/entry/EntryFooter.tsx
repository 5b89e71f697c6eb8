import type { Entry, ResolvedPaper } from "@/lib/content";
import { referenceLabel, referenceUrl } from "@/lib/content/references";
import { ENTRY_IDS } from "@/lib/template-ids";
import "./entry.css";

export function RelatedEntries({ entries, from }: { entries: Pick<Entry, "slug" | "title" | "summary">[]; from: string }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={ENTRY_IDS.related} className="entry-related">
      <h2 id={ENTRY_IDS.related}>Related entries</h2>
      <ul className="card-list">
        {entries.map((e) => (
          <li key={e.slug}>
            <a href={`/entries/${e.slug}`}>{e.title}</a>{" "}
            <a href={`/compare?a=${from}&b=${e.slug}`} className="compare-link" aria-label={`Compare with ${e.title}`}>
              compare
            </a>
            <p>{e.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One paper: title, authors and year as the entry lists them, the venue and a link to its arXiv or DOI page where confirmed. */
function PaperItem({ paper: p }: { paper: ResolvedPaper }) {
  const url = p.ref && referenceUrl(p.ref);
  const label = p.ref && referenceLabel(p.ref);
  return (
    <>
      <cite>{p.title}</cite>. {p.authors}
      {p.year ? ` (${p.year})` : ""}.{p.ref?.venue ? <> <span className="reference-venue">{p.ref.venue}</span>.</> : null}
      {p.note ? ` ${p.note}` : ""}
      {url && label ? (
        <>
          {" "}
          <a className="reference-id" href={url}>
            {label}
          </a>
        </>
      ) : null}
    </>
  );
}

export function References({ papers, models }: { papers: ResolvedPaper[]; models: string[] }) {
  if (papers.length === 0 && models.length === 0) return null;
  return (
    <section aria-labelledby={ENTRY_IDS.references} className="entry-references">
      <h2 id={ENTRY_IDS.references}>References</h2>
      {papers.length > 0 && (
        <ol className="reference-list">
          {papers.map((p, i) => (
            <li key={i}>
              <PaperItem paper={p} />
            </li>
          ))}
        </ol>
      )}
      {models.length > 0 && (
        <p className="entry-models">
          <span className="label">Models:</span> {models.join(", ")}
        </p>
      )}
    </section>
  );
}

export function ReferencedBy({ entries }: { entries: Pick<Entry, "slug" | "title">[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={ENTRY_IDS.backlinks} className="entry-backlinks">
      <h2 id={ENTRY_IDS.backlinks}>Referenced by</h2>
      <ul className="inline-list">
        {entries.map((e) => (
          <li key={e.slug}>
            <a href={`/entries/${e.slug}`}>{e.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
