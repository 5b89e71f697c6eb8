"use client";

import { useEffect, useState } from "react";
import { MAX_QUERY_LENGTH } from "@/lib/search/normalize";
import { openSearch, shortcutLabel } from "./events";
import { warmSearch } from "./SearchDialogLoader";
import "./search.css";

/**
 * A GET form to /search: without JavaScript it submits to the results page. With JavaScript, focusing it
 * starts loading the index, and typing opens the search dialog with what was typed (instant results);
 * on the search page, typing goes to the page's own box instead (SearchPage.tsx).
 */
export function SearchBox({ variant }: { variant: "header" | "hero" }) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    setShortcut(shortcutLabel());
  }, []);
  return (
    <form action="/search" method="get" role="search" className={`search-box search-box--${variant}`}>
      <label htmlFor={`search-${variant}`} className="visually-hidden">
        Search the encyclopedia
      </label>
      <input
        id={`search-${variant}`}
        name="q"
        type="search"
        placeholder="Search entries… (e.g. GQA, RoPE, dropout)"
        autoComplete="off"
        maxLength={MAX_QUERY_LENGTH}
        onFocus={warmSearch}
        onInput={(e) => {
          const value = e.currentTarget.value;
          e.currentTarget.value = "";
          openSearch({ query: value });
        }}
      />
      {shortcut && (
        <kbd className="search-box-kbd" aria-hidden="true">
          {shortcut}
        </kbd>
      )}
    </form>
  );
}
