/**
 * The menu button of small screens. The sidebar itself is server-rendered in the page; the button is
 * static markup whose click (handled by header-controls.ts, inline in <head>) flips `data-nav-open` on
 * <body>, which CSS turns into a drawer. Escape or a click outside closes it. CSS shows the icon that
 * matches `aria-expanded`.
 */
export function MobileNavButton() {
  return (
    <button type="button" className="icon-button menu-button" aria-expanded="false" aria-controls="site-sidebar" aria-label="Open menu" data-menu-toggle="">
      <svg className="menu-icon menu-icon--open" aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M4 7h16M4 12h16M4 17h16" />
      </svg>
      <svg className="menu-icon menu-icon--close" aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 6l12 12M18 6L6 18" />
      </svg>
    </button>
  );
}
