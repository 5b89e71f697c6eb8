/**
 * Until the page has hydrated, the dialog's own key handler does not exist yet: this small inline script
 * remembers a ⌘K / Ctrl-K or "/" pressed in that window, and SearchDialogLoader opens the dialog once it runs.
 * It runs in <head> with the theme script (one inline script there, none in <body>: a script in the body
 * splits the parse, and the browser paints the part above it first and lays out the page twice).
 * The build hashes it into the page's CSP like every inline script.
 */
export const EARLY_SHORTCUT = `(function(){function h(e){var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var k=e.key;if((k==="/"&&!e.metaKey&&!e.ctrlKey&&!e.altKey)||((k==="k"||k==="K")&&(e.metaKey||e.ctrlKey)&&!e.altKey&&!e.shiftKey)){e.preventDefault();window.__atlasSearch.pending=true}}window.__atlasSearch={pending:false,listener:h};addEventListener("keydown",h)})();`;

export interface EarlyShortcut {
  pending: boolean;
  listener: (e: KeyboardEvent) => void;
}
