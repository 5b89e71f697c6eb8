/** The search dialog listens for this event; search boxes send it (with what was typed so far). */
export const OPEN_SEARCH_EVENT = "atlas:open-search";

export interface OpenSearchDetail {
  query?: string;
}

export function openSearch(detail: OpenSearchDetail = {}) {
  window.dispatchEvent(new CustomEvent<OpenSearchDetail>(OPEN_SEARCH_EVENT, { detail }));
}
