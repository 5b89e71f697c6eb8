"use client";

import { useEffect, useState } from "react";
import { compareSortKeys } from "@/lib/content/sort-keys";

function keyOf(cell: Element | undefined, type: string): string | number | null {
  const raw = cell?.getAttribute("data-sort");
  if (raw === null || raw === undefined) return null;
  return type === "number" ? Number(raw) : raw;
}

/**
 * Turns the server-rendered table's headers into sort buttons and adds a filter box. Without
 * JavaScript the table is still complete, in category order.
 */
export function FactsTableEnhancer({ tableId }: { tableId: string }) {
  const [ready, setReady] = useState(false);
  const [filter, setFilter] = useState("");
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    const table = document.getElementById(tableId) as HTMLTableElement | null;
    if (!table) return;
    const headers = [...table.tHead!.rows[0]!.cells];
    const cleanups: (() => void)[] = [];
    headers.forEach((th, col) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "facts-sort";
      // The header's own text (not its footnote link) labels the button.
      while (th.firstChild && !(th.firstChild instanceof HTMLAnchorElement)) button.appendChild(th.firstChild);
      th.insertBefore(button, th.firstChild);
      const onClick = () => {
        const descending = th.getAttribute("aria-sort") === "ascending";
        for (const h of headers) h.removeAttribute("aria-sort");
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        const type = th.dataset.sortType ?? "text";
        const body = table.tBodies[0]!;
        const rows = [...body.rows];
        rows.sort((a, b) => compareSortKeys(keyOf(a.cells[col], type), keyOf(b.cells[col], type), descending) || compareSortKeys(keyOf(a.cells[0], "text"), keyOf(b.cells[0], "text")));
        for (const r of rows) body.appendChild(r);
      };
      button.addEventListener("click", onClick);
      cleanups.push(() => button.removeEventListener("click", onClick));
    });
    table.dataset.sortable = "true";
    setReady(true);
    return () => cleanups.forEach((c) => c());
  }, [tableId]);

  useEffect(() => {
    const table = document.getElementById(tableId) as HTMLTableElement | null;
    if (!table || !ready) return;
    const q = filter.trim().toLowerCase();
    let n = 0;
    for (const row of table.tBodies[0]!.rows) {
      const match = !q || (row.textContent ?? "").toLowerCase().includes(q);
      row.hidden = !match;
      if (match) n++;
    }
    setShown(q ? n : null);
  }, [filter, ready, tableId]);

  if (!ready) return null;
  return (
    <div className="facts-filter">
      <label>
        Filter rows{" "}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. causal, torch.nn, Yes" aria-controls={tableId} />
      </label>
      <span className="facts-filter-count" aria-live="polite">
        {shown === null ? "" : `${shown} shown`}
      </span>
    </div>
  );
}
