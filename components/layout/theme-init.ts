/**
 * Runs in <head> before first paint, so the page never flashes the wrong theme. Inline rather than a
 * file: a synchronous external script would be one more render-blocking request on every page. The
 * build hashes it into each page's Content-Security-Policy like every other inline script.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var s=localStorage.getItem("theme");var d=s?s==="dark":window.matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.dataset.theme=d?"dark":"light"}catch(e){document.documentElement.dataset.theme="light"}})();`;
