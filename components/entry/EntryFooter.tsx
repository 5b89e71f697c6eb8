import type { Entry, Paper } from "@/lib/content";

export function RelatedEntries({ entries, from }: { entries: Pick<Entry, "slug" | "title" | "summary">[]; from: string }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="entry-related-heading" className="entry-related">
      <h2 id="entry-related-heading">Related entries</h2>
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

export function References({ papers, models }: { papers: Paper[]; models: string[] }) {
  if (papers.length === 0 && models.length === 0) return null;
  return (
    <section aria-labelledby="entry-references-heading" className="entry-references">
      <h2 id="entry-references-heading">References</h2>
      {papers.length > 0 && (
        <ol className="reference-list">
          {papers.map((p, i) => (
            <li key={i}>
              <cite>{p.title}</cite>. {p.authors}{p.year ? ` (${p.year})` : ""}.{p.note ? ` ${p.note}` : ""}
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
    <section aria-labelledby="entry-backlinks-heading" className="entry-backlinks">
      <h2 id="entry-backlinks-heading">Referenced by</h2>
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
