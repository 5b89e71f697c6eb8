import { MobileNavButton } from "./MobileNav";
import { ThemeToggle } from "./ThemeToggle";
import { SearchBox } from "../search/SearchBox";
import { SearchDialogLoader } from "../search/SearchDialogLoader";

export function SiteHeader() {
  return (
    <header className="site-header">
      <MobileNavButton />
      <a href="/" className="site-logo" aria-label="Neural Atlas home">
        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="5" cy="6" r="2" /><circle cx="5" cy="18" r="2" /><circle cx="19" cy="12" r="2" /><circle cx="12" cy="12" r="2" />
          <path d="M7 6.8l3.2 4.2M7 17.2l3.2-4.2M14 12h3" />
        </svg>
        <span>Neural Atlas</span>
      </a>
      <div className="header-search">
        <SearchBox variant="header" />
      </div>
      <ThemeToggle />
      <SearchDialogLoader />
    </header>
  );
}
