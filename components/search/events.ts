import type { EarlyShortcut } from "./early-shortcut";

/** The search dialog listens for this event; search boxes send it (with what was typed so far). */
export const OPEN_SEARCH_EVENT = "atlas:open-search";

export interface OpenSearchDetail {
  query?: string;
}

export function openSearch(detail: OpenSearchDetail = {}) {
  window.dispatchEvent(new CustomEvent<OpenSearchDetail>(OPEN_SEARCH_EVENT, { detail }));
}

/** ⌘K / Ctrl-K anywhere, or "/" outside a text field: the keys that open search. */
export function isShortcut(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  const editable = !!t?.tagName && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  if ((e.key === "k" || e.key === "K") && (e.metaKey || e.ctrlKey) && !e.altKey && !e.shiftKey) return true;
  return e.key === "/" && !e.metaKey && !e.ctrlKey && !e.altKey && !editable;
}

/** The shortcut as this platform writes it, for the hint in the header's search box. */
export function shortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? "⌘K" : "Ctrl K";
}

/**
 * Takes over from the inline early-shortcut script (early-shortcut.ts): removes its key listener and
 * says whether a shortcut was pressed before this code ran, and what was typed after it, so the
 * caller can act on it once (undefined: no shortcut was pressed).
 */
export function takeEarlyShortcut(): { typed: string } | undefined {
  const w = window as typeof window & { __atlasSearch?: EarlyShortcut };
  const early = w.__atlasSearch;
  if (!early) return undefined;
  window.removeEventListener("keydown", early.listener);
  delete w.__atlasSearch;
  return early.pending ? { typed: early.typed } : undefined;
}
