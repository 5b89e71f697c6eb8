"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ComponentType } from "react";
import { isShortcut, OPEN_SEARCH_EVENT, takeEarlyShortcut, type OpenSearchDetail } from "./events";
import type { SearchDialogProps } from "./SearchDialog";
import { startTypeAhead, takeTypeAhead } from "./type-ahead";

let dialogModule: Promise<ComponentType<SearchDialogProps>> | undefined;
/** The dialog's code, fetched once: on first use, or ahead of it when a search box gets focus. */
export function loadSearchDialog(): Promise<ComponentType<SearchDialogProps>> {
  dialogModule ??= import("./SearchDialog").then((m) => m.SearchDialog);
  dialogModule.catch(() => {
    dialogModule = undefined;
  });
  return dialogModule;
}

/**
 * Ahead of first use (a search box got focus): the dialog's code, and its engine and index. Not on the
 * search page, whose own engine runs in a worker.
 */
export function warmSearch(): void {
  if (location.pathname === SEARCH_PAGE_PATH) return;
  loadSearchDialog().catch(() => undefined);
  import("./dialog-search").then((m) => m.dialogSearch.load(), () => undefined);
}

/** The search page's own address: there its box is the search UI (SearchPage.tsx), not the dialog. */
export const SEARCH_PAGE_PATH = "/search";

/**
 * Stands in for the search dialog until it is first wanted, so the dialog is not part of any page's
 * first-load JavaScript: it listens for the same shortcuts and open events, loads the dialog, and
 * mounts it open with everything typed meanwhile: the header box's text, and the keys pressed after a
 * shortcut, kept by type-ahead.ts until the dialog's input has focus. From then on the dialog handles
 * them itself. On the search page it does nothing: the page's box takes the shortcuts and the header
 * box's typing (SearchPage.tsx).
 */
export function SearchDialogLoader() {
  const [Dialog, setDialog] = useState<ComponentType<SearchDialogProps> | null>(null);
  const typed = useRef<string | null>(null);
  const onSearchPage = usePathname() === SEARCH_PAGE_PATH;

  useEffect(() => {
    if (Dialog || onSearchPage) return;
    let live = true;
    const want = (query = "") => {
      // Text that arrives while the code loads (the header box sends each keystroke) is kept in order.
      typed.current = (typed.current ?? "") + query;
      loadSearchDialog().then(
        (C) => {
          if (!live) return;
          setDialog(() => C);
        },
        () => {
          // No dialog to type into: the keys are the page's again.
          takeTypeAhead();
        },
      );
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      e.preventDefault();
      startTypeAhead();
      want();
    };
    const onOpen = (e: Event) => want((e as CustomEvent<OpenSearchDetail>).detail?.query ?? "");
    // A shortcut pressed before hydration (see early-shortcut.ts) counts too.
    const early = takeEarlyShortcut();
    if (early) {
      startTypeAhead(early.typed);
      want();
    }
    window.addEventListener("keydown", onKey);
    window.addEventListener(OPEN_SEARCH_EVENT, onOpen);
    return () => {
      live = false;
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(OPEN_SEARCH_EVENT, onOpen);
    };
  }, [Dialog, onSearchPage]);

  return Dialog ? <Dialog takeInitialQuery={() => typed.current ?? ""} /> : null;
}
