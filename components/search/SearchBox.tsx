/**
 * A plain GET form to /search: works without JavaScript. The search issue upgrades it to an
 * instant-results dialog.
 */
export function SearchBox({ variant }: { variant: "header" | "hero" }) {
  return (
    <form action="/search" method="get" role="search" className={`search-box search-box--${variant}`}>
      <label htmlFor={`search-${variant}`} className="visually-hidden">
        Search the encyclopedia
      </label>
      <input id={`search-${variant}`} name="q" type="search" placeholder="Search entries… (e.g. GQA, RoPE, dropout)" autoComplete="off" maxLength={200} />
    </form>
  );
}
