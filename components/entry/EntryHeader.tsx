import type { EntryTrust } from "@/lib/build/trust";
import type { Category, Entry } from "@/lib/content";
import { CiteEntry } from "./CiteEntry";
import { MaturityBadge } from "./MaturityBadge";
import { TrustLine } from "./TrustLine";
import { ENTRY_IDS } from "@/lib/template-ids";
import "./entry.css";

export function EntryHeader({ entry, category, trust }: { entry: Entry; category: Pick<Category, "slug" | "title">; trust: EntryTrust }) {
  return (
    <header className="entry-header">
      <h1>{entry.title}</h1>
      <div className="entry-meta">
        <a href={`/categories/${category.slug}`} className="entry-category">{category.title}</a>
        <MaturityBadge maturity={entry.maturity} />
        {entry.api && <code className="entry-api" title="API">{entry.api}</code>}
        <div className="entry-actions">
          <a href={`/compare?a=${entry.slug}`} className="entry-action" data-compare-start>
            Compare with…
          </a>
          <CiteEntry entry={entry} papers={entry.papers} />
        </div>
      </div>
      {entry.aliases.length > 0 && (
        <p className="entry-aliases">
          <span className="label">Also known as</span> {entry.aliases.join(" · ")}
        </p>
      )}
      <p className="entry-summary">{entry.summary}</p>
      <TrustLine trust={trust} markdown={`/entries/${entry.slug}.md`} />
      {entry.problems && entry.problems.length > 0 && (
        <div className="entry-problems">
          <h2 id={ENTRY_IDS.reachForThisWhen} className="entry-problems-title">
            Reach for this when…
          </h2>
          <ul>
            {entry.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </header>
  );
}
