/**
 * Keys typed between a search shortcut ("/", ⌘K) and the moment the search input has focus. The dialog's
 * code loads on first use, so for a few hundred milliseconds after the shortcut there is no input to
 * type into: a fast typist's first letters would land on the page and be lost ("layer norm" became
 * "yer norm"). From the shortcut on, printable keys and Backspace are kept here instead, and the
 * dialog appends them to its input when it focuses it (`takeTypeAhead`). The inline early-shortcut
 * script (early-shortcut.ts) does the same before the page's scripts have run, with the same rule
 * (`typedKey`), and hands its text over.
 */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/**
 * The text after a key: a printable character is appended, Backspace removes the last one; any other
 * key (arrows, Enter, modified keys, a key of an input method composing) returns undefined: not text.
 */
export function typedKey(text: string, e: KeyLike): string | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return undefined;
  if (e.key === "Backspace") return text.slice(0, -1);
  // Printable keys have a one-character name (a surrogate pair counts as one: an emoji key).
  return [...e.key].length === 1 ? text + e.key : undefined;
}

function isEditable(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el?.tagName && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

let buffer: { text: string; listener: (e: KeyboardEvent) => void } | undefined;

/** Starts keeping typed keys (with `initial` already typed), or adds `initial` to a buffer already running. */
export function startTypeAhead(initial = ""): void {
  if (buffer) {
    buffer.text += initial;
    return;
  }
  const b = {
    text: initial,
    listener: (e: KeyboardEvent) => {
      // A key typed into a field (the reader clicked into one meanwhile) belongs to that field.
      if (isEditable(e.target)) return;
      const next = typedKey(b.text, e);
      if (next === undefined) return;
      e.preventDefault();
      // "/" typed after the shortcut is text, not the shortcut again.
      e.stopImmediatePropagation();
      b.text = next;
    },
  };
  buffer = b;
  // Capture on window: runs before the page's and the loader's own key listeners.
  window.addEventListener("keydown", b.listener, true);
}

/** Stops keeping keys and returns what was typed since `startTypeAhead` ("" when nothing was kept). */
export function takeTypeAhead(): string {
  const b = buffer;
  if (!b) return "";
  window.removeEventListener("keydown", b.listener, true);
  buffer = undefined;
  return b.text;
}
