/**
 * Toggles light/dark; the choice is remembered, and until one is made the system preference is followed.
 * Static markup: the click is handled by header-controls.ts (inline in <head>), which also keeps the label
 * saying which theme a click switches to. CSS shows the icon of the current theme.
 */
export function ThemeToggle() {
  return (
    <button type="button" className="icon-button theme-toggle" aria-label="Toggle theme" title="Toggle theme" data-testid="theme-toggle" data-theme-toggle="">
      <svg className="theme-icon theme-icon--light" aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
      <svg className="theme-icon theme-icon--dark" aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9z" />
      </svg>
    </button>
  );
}
