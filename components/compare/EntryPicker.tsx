"use client";

import { useId, useMemo, useState } from "react";
import { useSearchEngine } from "@/components/search/useSearchEngine";

/** Picks an entry with the site's own search (names, abbreviations, typos all work). */
export function EntryPicker({ label, current, onPick }: { label: string; current?: string; onPick: (slug: string) => void }) {
  const [q, setQ] = useState("");
  const { engine, status, load } = useSearchEngine();
  const id = useId();
  const hits = useMemo(() => (engine && q.trim() ? engine.search(q, { limit: 8, partial: true }).hits : []), [engine, q]);
  return (
    <div className="compare-picker" role="search">
      <label htmlFor={id}>
        {label}
        {current && <span className="compare-current">: {current}</span>}
      </label>
      <input
        id={id}
        type="search"
        value={q}
        placeholder="Search an entry (e.g. adam, GQA, layernorm)"
        autoComplete="off"
        onFocus={load}
        onChange={(e) => {
          load();
          setQ(e.target.value);
        }}
      />
      {status === "loading" && q && <p className="compare-loading">Loading search…</p>}
      {hits.length > 0 && (
        <ul className="compare-hits" aria-label={`Entries matching ${q}`}>
          {hits.map((h) => (
            <li key={h.slug}>
              <button
                type="button"
                onClick={() => {
                  setQ("");
                  onPick(h.slug);
                }}
              >
                <strong>{h.title}</strong> <span className="compare-hit-category">{h.category}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
