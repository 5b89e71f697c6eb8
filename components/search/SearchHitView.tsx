import type { SearchHit } from "@/lib/search/engine";
import { splitByRanges, type Range } from "@/lib/search/highlight";
import type { HitView } from "@/lib/search/hit-view";

/** Text with its matched words in <mark> (text children only, never HTML). */
function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return <>{splitByRanges(text, ranges).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

/**
 * The one renderer of a search hit's link content, for the dialog and the search page alike: title and
 * category, the matching section, the snippet (cut from the section's text once the host has it, from
 * the summary until then).
 */
export function SearchHitView({ hit, view }: { hit: SearchHit; view: HitView }) {
  return (
    <>
      <span className="search-hit-head">
        <span className="search-hit-title">
          <Highlighted text={hit.title} ranges={view.title} />
        </span>
        <span className="search-hit-category">{hit.category}</span>
      </span>
      {hit.section && (
        <span className="search-hit-section">
          <span aria-hidden="true">§ </span>
          <Highlighted text={hit.section.heading} ranges={view.heading ?? []} />
        </span>
      )}
      <span className="search-hit-snippet">
        <Highlighted text={view.snippet.text} ranges={view.snippet.ranges} />
      </span>
    </>
  );
}
