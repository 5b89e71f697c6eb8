"use client";

import { useEffect, useState } from "react";

/**
 * The menu button of small screens. The sidebar itself is server-rendered in the page; this only flips
 * `data-nav-open` on <body>, which CSS turns into a drawer. Closes on Escape and on a click outside
 * (links are plain anchors, so following one loads the next page with the drawer closed).
 */
export function MobileNavButton() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    document.body.dataset.navOpen = String(open);
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onClick = (e: MouseEvent) => {
      const t = e.target as HTMLElement;
      if (t.closest(".site-sidebar") || t.closest(".menu-button")) return;
      setOpen(false);
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("click", onClick);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("click", onClick);
    };
  }, [open]);
  return (
    <button type="button" className="icon-button menu-button" aria-expanded={open} aria-controls="site-sidebar" aria-label={open ? "Close menu" : "Open menu"} onClick={() => setOpen(!open)}>
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
      </svg>
    </button>
  );
}
