"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent } from "react";
import { MAX_QUERY_LENGTH } from "@/lib/search/normalize";
import { dialogSearch } from "./dialog-search";
import { DidYouMean } from "./DidYouMean";
import { isShortcut, OPEN_SEARCH_EVENT, type OpenSearchDetail } from "./events";
import { startTypeAhead, takeTypeAhead } from "./type-ahead";
import { SearchHitView } from "./SearchHitView";
import { useSearch } from "./useSearch";
import "./search.css";

const LISTBOX_ID = "search-dialog-listbox";
const optionId = (i: number) => `search-dialog-option-${i}`;

function plainClick(e: ReactMouseEvent) {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/**
 * The search dialog: ⌘K / Ctrl-K or "/" from any page but /search (where they lead to the page's own
 * box), or typing in a search box. Results update on every keystroke (the shared controller,
 * controller.ts, with its engine on the main thread: answered in the input handler); ↑/↓ move, Enter opens, Esc
 * closes. A modal <dialog> (focus stays inside; the page behind is inert), with the combobox/listbox
 * pattern; focus returns to where it was when the dialog closes.
 */
export interface SearchDialogProps {
  /**
   * Open on mount (the dialog is loaded on first use; see SearchDialogLoader) with what was typed
   * before the dialog's code had loaded, read when it mounts, not when the code arrived: keystrokes
   * between the two would be lost.
   */
  takeInitialQuery?: () => string;
}

export function SearchDialog({ takeInitialQuery }: SearchDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const restoreRef = useRef<HTMLElement | null>(null);
  const [open, setOpenState] = useState(false);
  // The open state as of the last call, for event handlers that run before the next render.
  const openRef = useRef(false);
  const setOpen = useCallback((value: boolean) => {
    openRef.current = value;
    setOpenState(value);
  }, []);
  const [active, setActive] = useState(0);
  const { query, status, answer } = useSearch(dialogSearch);
  const pathname = usePathname();

  const result = query.trim() ? (answer?.result ?? null) : null;
  const hits = result?.hits ?? [];
  const views = answer?.views ?? [];

  const run = useCallback((q: string) => {
    dialogSearch.setQuery(q);
    setActive(0);
  }, []);

  const show = useCallback(
    (initial = "") => {
      if (!openRef.current) restoreRef.current = document.activeElement as HTMLElement | null;
      setOpen(true);
      run(initial.slice(0, MAX_QUERY_LENGTH));
      dialogSearch.load();
    },
    [setOpen, run],
  );

  const close = useCallback((restoreFocus = true) => {
    takeTypeAhead();
    setOpen(false);
    const el = restoreRef.current;
    restoreRef.current = null;
    if (restoreFocus && el && el.isConnected) requestAnimationFrame(() => el.focus());
  }, [setOpen]);

  // Open and close the native dialog with the state.
  useEffect(() => {
    const d = dialogRef.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      const input = inputRef.current;
      input?.focus();
      input?.setSelectionRange(input.value.length, input.value.length);
      // Keys typed since the shortcut, before the input existed or had focus (type-ahead.ts).
      const late = takeTypeAhead();
      if (late) run((dialogSearch.getState().query + late).slice(0, MAX_QUERY_LENGTH));
    } else if (!open && d.open) d.close();
  }, [open, run]);

  // Navigation elsewhere closes it.
  useEffect(() => {
    setOpen(false);
  }, [pathname]);

  // Mounted by SearchDialogLoader because someone asked for search: open at once with what was typed.
  useEffect(() => {
    if (takeInitialQuery) show(takeInitialQuery());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Global shortcuts and the open event of the search boxes.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      if (e.key === "/" && open) return;
      e.preventDefault();
      if (open) close();
      else {
        startTypeAhead();
        show();
      }
    };
    // Text from a search box while the dialog is already open (typed before focus moved here) is appended.
    const onOpen = (e: Event) => {
      const text = (e as CustomEvent<OpenSearchDetail>).detail?.query ?? "";
      if (openRef.current) run((dialogSearch.getState().query + text).slice(0, MAX_QUERY_LENGTH));
      else show(text);
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener(OPEN_SEARCH_EVENT, onOpen);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(OPEN_SEARCH_EVENT, onOpen);
    };
  }, [open, show, close, run]);

  useEffect(() => {
    if (open && hits.length) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [open, active, hits.length]);

  const go = useCallback(
    (href: string) => {
      close(false);
      // A document load, like every other link of the site: pages are static HTML (no RSC payload files).
      window.location.assign(href);
    },
    [close],
  );
  const allResults = `/search?q=${encodeURIComponent(query.trim())}`;

  const onInputKey = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!hits.length) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + hits.length) % hits.length);
    } else if (e.key === "Enter" && !e.nativeEvent.isComposing) {
      e.preventDefault();
      const hit = hits[active];
      if (hit) go(hit.href);
      else if (query.trim()) go(allResults);
    }
  };

  // Focus trap: Tab cycles through the dialog's controls (the page behind is inert anyway).
  const onDialogKey = (e: ReactKeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== "Tab") return;
    const focusables = Array.from(dialogRef.current?.querySelectorAll<HTMLElement>("input, button, a[href]:not([tabindex='-1'])") ?? []);
    if (!focusables.length) return;
    const first = focusables[0]!;
    const last = focusables[focusables.length - 1]!;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const suggestions = answer?.suggestions ?? [];
  const trimmed = query.trim();

  return (
    <dialog
      ref={dialogRef}
      className="search-dialog"
      aria-modal="true"
      aria-label="Search"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onKeyDown={onDialogKey}
      onMouseDown={(e) => {
        // A click on the backdrop (the dialog element itself, outside the panel) closes it.
        if (e.target === dialogRef.current) close();
      }}
    >
      {open && (
        <div className="search-panel">
          <div className="search-bar">
            <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
              <circle cx="11" cy="11" r="7" />
              <path d="M20 20l-4-4" />
            </svg>
            <input
              ref={inputRef}
              className="search-input"
              type="text"
              role="combobox"
              aria-label="Search the encyclopedia"
              aria-expanded={hits.length > 0}
              aria-controls={LISTBOX_ID}
              aria-autocomplete="list"
              aria-activedescendant={hits.length ? optionId(active) : undefined}
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="off"
              spellCheck={false}
              maxLength={MAX_QUERY_LENGTH}
              placeholder="Search entries, sections, APIs…"
              value={query}
              onChange={(e) => run(e.target.value)}
              onKeyDown={onInputKey}
            />
            <button type="button" className="search-close" onClick={() => close()} aria-label="Close search (Esc)">
              Esc
            </button>
          </div>

          {status === "loading" && <p className="search-status">Loading the index…</p>}
          {status === "error" && (
            <p className="search-status">
              Search could not load. <a href={allResults}>Try the search page</a>.
            </p>
          )}
          {result?.corrected && hits.length > 0 && (
            <p className="search-status">
              Showing results for <strong>{result.corrected}</strong>
            </p>
          )}

          <ul id={LISTBOX_ID} role="listbox" aria-label="Results" className="search-results">
            {hits.map((hit, i) => (
              // The link itself is the option (a link inside an option would nest interactive controls);
              // it stays a real link, so a middle or modified click opens a new tab.
              <li key={hit.href} role="none" className="search-hit">
                <a
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  href={hit.href}
                  tabIndex={-1}
                  onMouseMove={() => i !== active && setActive(i)}
                  onClick={(e) => {
                    if (!plainClick(e)) return;
                    e.preventDefault();
                    go(hit.href);
                  }}
                >
                  <SearchHitView hit={hit} view={views[i]!} />
                </a>
              </li>
            ))}
          </ul>

          {trimmed && result && !hits.length && (
            <div className="search-empty">
              <p>
                No results for <q>{trimmed}</q>.
              </p>
              <DidYouMean suggestions={suggestions}>
                {(s) => (
                  <button type="button" className="search-suggestion" onClick={() => run(s)}>
                    {s}
                  </button>
                )}
              </DidYouMean>
            </div>
          )}
          <p className="visually-hidden" aria-live="polite">
            {status === "ready" && trimmed ? `${hits.length} result${hits.length === 1 ? "" : "s"}` : ""}
          </p>

          <div className="search-footer">
            {trimmed ? (
              <a
                href={allResults}
                onClick={(e) => {
                  if (!plainClick(e)) return;
                  e.preventDefault();
                  go(allResults);
                }}
              >
                See all results
              </a>
            ) : (
              <span>Try: GQA, flash att, dropuot, optimiser, nn.LayerNorm</span>
            )}
            <span className="search-keys" aria-hidden="true">
              <kbd>↑</kbd>
              <kbd>↓</kbd> move <kbd>↵</kbd> open <kbd>esc</kbd> close
            </span>
          </div>
        </div>
      )}
    </dialog>
  );
}
