/**
 * Runs in <head> before first paint (components/layout/head-script.tsx), so the page never flashes the
 * wrong theme: the theme the reader chose, else the system's.
 */
export function applyTheme(): void {
  const root = document.documentElement;
  try {
    const chosen = localStorage.getItem("theme");
    const dark = chosen ? chosen === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
    root.dataset.theme = dark ? "dark" : "light";
  } catch {
    // Storage unavailable (private mode, blocked cookies).
    root.dataset.theme = "light";
  }
}
