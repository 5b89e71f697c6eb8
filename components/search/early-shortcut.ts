/**
 * Until the page has hydrated, the dialog's own key handler does not exist yet: this small inline script
 * remembers a ⌘K / Ctrl-K or "/" pressed in that window, and the text typed after it (by the rule of
 * type-ahead.ts's `typedKey`: printable keys, Backspace), and SearchDialogLoader opens the dialog with
 * that text once it runs (on /search, SearchPage puts it in the page's own box).
 * It runs in <head> with the theme script (one inline script there, none in <body>: a script in the body
 * splits the parse, and the browser paints the part above it first and lays out the page twice).
 * The build hashes it into the page's CSP like every inline script.
 */
export const EARLY_SHORTCUT = `(function(){var s={pending:false,typed:"",listener:h};function h(e){var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var k=e.key;if(s.pending&&!e.metaKey&&!e.ctrlKey&&!e.altKey&&!e.isComposing&&(k==="Backspace"||Array.from(k).length===1)){e.preventDefault();s.typed=k==="Backspace"?s.typed.slice(0,-1):s.typed+k;return}if((k==="/"&&!e.metaKey&&!e.ctrlKey&&!e.altKey)||((k==="k"||k==="K")&&(e.metaKey||e.ctrlKey)&&!e.altKey&&!e.shiftKey)){e.preventDefault();s.pending=true}}window.__atlasSearch=s;addEventListener("keydown",h)})();`;

export interface EarlyShortcut {
  pending: boolean;
  /** Text typed after the shortcut. */
  typed: string;
  listener: (e: KeyboardEvent) => void;
}
