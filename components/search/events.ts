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
