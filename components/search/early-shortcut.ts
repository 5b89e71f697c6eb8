import { isShortcut } from "./events";
import { typedKey } from "./type-ahead";

/**
 * Until the page has hydrated, the dialog's own key handler does not exist yet: this part of the inline
 * head script (components/layout/head-script.tsx) remembers a ⌘K / Ctrl-K or "/" pressed in that window,
 * and the text typed after it (by type-ahead.ts's `typedKey`, the rule the dialog uses), and
 * SearchDialogLoader opens the dialog with that text once it runs (`takeEarlyShortcut` in events.ts; on
 * /search, SearchPage puts it in the page's own box).
 * Keys pressed in a text field are the field's.
 */
export interface EarlyShortcut {
  pending: boolean;
  /** Text typed after the shortcut. */
  typed: string;
  listener: (e: KeyboardEvent) => void;
}

/** Where the state is left for the dialog: `window` in a page. */
export interface EarlyShortcutHost {
  __atlasSearch?: EarlyShortcut;
  addEventListener(type: "keydown", listener: (e: KeyboardEvent) => void): void;
}

export function installEarlyShortcut(host: EarlyShortcutHost): void {
  const state: EarlyShortcut = { pending: false, typed: "", listener };
  function listener(e: KeyboardEvent) {
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (state.pending) {
      const typed = typedKey(state.typed, e);
      if (typed !== undefined) {
        e.preventDefault();
        state.typed = typed;
        return;
      }
    }
    if (isShortcut(e)) {
      e.preventDefault();
      state.pending = true;
    }
  }
  host.__atlasSearch = state;
  host.addEventListener("keydown", listener);
}
