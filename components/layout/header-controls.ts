/**
 * The theme toggle and the menu button of small screens, without React: both are static buttons in the
 * server-rendered header, and this one delegated listener gives them their behaviour. It runs inline in
 * <head> (components/layout/head-script.tsx, with the theme), so a click works from the first paint,
 * before or without hydration, and neither button is a hydrated component.
 */
export function installHeaderControls(): void {
  const doc = document;
  const root = doc.documentElement;
  const labelTheme = () => {
    const next = root.dataset.theme === "dark" ? "light" : "dark";
    doc.querySelectorAll("[data-theme-toggle]").forEach((b) => {
      b.setAttribute("aria-label", "Switch to " + next + " theme");
      b.setAttribute("title", "Switch to " + next + " theme");
    });
  };
  const setMenu = (open: boolean) => {
    doc.body.dataset.navOpen = String(open);
    doc.querySelectorAll("[data-menu-toggle]").forEach((b) => {
      b.setAttribute("aria-expanded", String(open));
      b.setAttribute("aria-label", open ? "Close menu" : "Open menu");
    });
  };
  const menuOpen = () => doc.body.dataset.navOpen === "true";
  doc.addEventListener("click", (e) => {
    const target = e.target as Element | null;
    if (!target || !target.closest) return;
    if (target.closest("[data-theme-toggle]")) {
      const next = root.dataset.theme === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try {
        localStorage.setItem("theme", next);
      } catch {
        // Storage unavailable (private mode): the choice lasts for this page.
      }
      labelTheme();
      return;
    }
    if (target.closest("[data-menu-toggle]")) return setMenu(!menuOpen());
    // Links are plain anchors: following one loads the next page with the drawer closed.
    if (menuOpen() && !target.closest(".site-sidebar")) setMenu(false);
  });
  doc.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && menuOpen()) setMenu(false);
  });
  // Until a theme is chosen, the system preference is followed as it changes.
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", (e) => {
    let chosen = null;
    try {
      chosen = localStorage.getItem("theme");
    } catch {
      // As above.
    }
    if (chosen) return;
    root.dataset.theme = e.matches ? "dark" : "light";
    labelTheme();
  });
  // A build made without SITE_URL cites an entry by its path: the page's own origin completes it, so a
  // copy of the site served anywhere cites itself where it is read.
  const completePageUrls = () => {
    if (!/^https?:$/.test(location.protocol)) return;
    doc.querySelectorAll("[data-page-url]").forEach((el) => {
      el.textContent = location.origin + el.getAttribute("data-page-url");
    });
  };
  const ready = () => {
    labelTheme();
    completePageUrls();
  };
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", ready);
  else ready();
}
