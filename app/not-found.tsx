import { SearchBox } from "@/components/search/SearchBox";
import "./not-found.css";

export default function NotFound() {
  return (
    <main id="main" className="not-found" tabIndex={-1}>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the entry may go by another name.</p>
      <SearchBox variant="hero" />
      <p>
        <a href="/">Browse all categories</a>
      </p>
    </main>
  );
}
