
interface PagerLink {
  href: string;
  title: string;
}

/** Previous/next within the category. */
export function Pager({ prev, next }: { prev?: PagerLink; next?: PagerLink }) {
  if (!prev && !next) return null;
  return (
    <nav aria-label="Previous and next entries" className="pager">
      {prev ? (
        <a href={prev.href} rel="prev" className="pager-link pager-prev">
          <span className="pager-label">Previous</span>
          <span className="pager-title">{prev.title}</span>
        </a>
      ) : <span />}
      {next ? (
        <a href={next.href} rel="next" className="pager-link pager-next">
          <span className="pager-label">Next</span>
          <span className="pager-title">{next.title}</span>
        </a>
      ) : <span />}
    </nav>
  );
}
