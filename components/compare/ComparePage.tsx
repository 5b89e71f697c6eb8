"use client";

import { useCallback, useEffect, useState } from "react";
import { COMPARED_SECTIONS, compareHref, pairFacts, parseCompareParams, type CompareParams } from "@/lib/compare/compare";
import type { EntryData } from "@/lib/content/entry-data";
import { EntryPicker } from "./EntryPicker";
import "../diagram/diagram.css";
// The sections it shows are entry HTML: their callouts and collapsible blocks are styled by mdx.css.
import "../mdx/mdx.css";
import "./compare.css";

type Side = { status: "none" } | { status: "loading"; slug: string } | { status: "missing"; slug: string } | { status: "error"; slug: string } | { status: "ready"; slug: string; entry: EntryData };

/** One entry's /entry-data JSON: all compare shows of it, made by the content build (scripts/build-compare-data.ts). */
async function loadEntry(slug: string): Promise<Side> {
  try {
    const res = await fetch(`/entry-data/${slug}.json`);
    if (res.status === 404) return { status: "missing", slug };
    if (!res.ok) return { status: "error", slug };
    return { status: "ready", slug, entry: (await res.json()) as EntryData };
  } catch {
    return { status: "error", slug };
  }
}

function useSide(slug: string | undefined): Side {
  const [side, setSide] = useState<Side>({ status: "none" });
  useEffect(() => {
    if (!slug) {
      setSide({ status: "none" });
      return;
    }
    let live = true;
    setSide({ status: "loading", slug });
    void loadEntry(slug).then((s) => live && setSide(s));
    return () => {
      live = false;
    };
  }, [slug]);
  return side;
}

/**
 * One entry's side of a row. On a narrow screen the two sides stack (compare.css), and each then says
 * whose it is.
 */
function Cell({ html, entry }: { html: string; entry: string }) {
  return (
    <div className="compare-cell">
      <p className="compare-cell-label">{entry}</p>
      {html ? <div className="prose" dangerouslySetInnerHTML={{ __html: html }} /> : <p className="compare-none">Not on this entry’s page.</p>}
    </div>
  );
}

function SideProblem({ side, label }: { side: Side; label: string }) {
  if (side.status === "missing")
    return (
      <p role="alert" className="compare-problem">
        There is no entry “{side.slug}” ({label}). Pick one below.
      </p>
    );
  if (side.status === "error")
    return (
      <p role="alert" className="compare-problem">
        Could not load “{side.slug}” ({label}): check your connection and try again.
      </p>
    );
  return null;
}

/**
 * /compare?a=…&b=…: two entries in aligned columns. The page is static; the entries are read from the
 * address and loaded here, each from its /entry-data JSON.
 */
export function ComparePage() {
  const [params, setParams] = useState<CompareParams | null>(null);
  useEffect(() => {
    const read = () => setParams(parseCompareParams(window.location.search));
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, []);
  const a = useSide(params?.a);
  const b = useSide(params?.b);

  const go = useCallback((next: { a?: string; b?: string }) => {
    window.history.pushState(null, "", compareHref(next.a, next.b));
    setParams({ ...next, invalid: [] });
  }, []);

  if (!params) return <p className="compare-loading">Loading…</p>;
  const ready = a.status === "ready" && b.status === "ready" ? [a.entry, b.entry] as const : null;
  const titleOf = (s: Side) => (s.status === "ready" ? s.entry.title : undefined);

  return (
    <div className="compare" data-compare-state={ready ? "ready" : "picking"}>
      <h1>Compare entries</h1>
      {params.invalid.map((v) => (
        <p role="alert" className="compare-problem" key={v}>
          “{v}” is not an entry name. Pick an entry below.
        </p>
      ))}
      <SideProblem side={a} label="left" />
      <SideProblem side={b} label="right" />
      {!params.a && !params.b && !params.invalid.length && <p>Choose two entries to see them side by side: what they do, their math, code, hyperparameters and key facts.</p>}

      <div className="compare-pickers">
        <EntryPicker label="Left entry" current={titleOf(a)} onPick={(slug) => go({ a: slug, b: params.b })} />
        <button type="button" className="compare-swap" onClick={() => go({ a: params.b, b: params.a })} disabled={!params.a && !params.b} aria-label="Swap left and right">
          ⇄ Swap
        </button>
        <EntryPicker label="Right entry" current={titleOf(b)} onPick={(slug) => go({ a: params.a, b: slug })} />
      </div>

      {(a.status === "loading" || b.status === "loading") && <p className="compare-loading">Loading entries…</p>}

      {ready && (
        <div className="compare-grid" aria-label={`${ready[0].title} compared with ${ready[1].title}`} role="region">
          {ready.map((e, i) => (
            <header className="compare-cell compare-entry-head" key={`h${i}`}>
              <h2>
                <a href={`/entries/${e.slug}`}>{e.title}</a>
              </h2>
              <p className="compare-category">
                <a href={`/categories/${e.category}`}>{e.categoryTitle}</a>
              </p>
              <p>{e.summary}</p>
            </header>
          ))}

          <FactsRows a={ready[0]} b={ready[1]} />

          <h3 className="compare-row-title">Reach for it when…</h3>
          {ready.map((e, i) => (
            <div className="compare-cell" key={`p${i}`}>
              <p className="compare-cell-label">{e.title}</p>
              <ul>
                {e.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ))}

          {COMPARED_SECTIONS.map((s) => (
            <CompareRow key={s.id} id={s.id} label={s.label} a={ready[0]} b={ready[1]} />
          ))}
        </div>
      )}
    </div>
  );
}

function CompareRow({ id, label, a, b }: { id: string; label: string; a: EntryData; b: EntryData }) {
  if (!a.sections[id] && !b.sections[id]) return null;
  return (
    <>
      <h3 className="compare-row-title" data-row={id}>
        {label}
      </h3>
      <Cell html={a.sections[id] ?? ""} entry={a.title} />
      <Cell html={b.sections[id] ?? ""} entry={b.title} />
    </>
  );
}

function FactsRows({ a, b }: { a: EntryData; b: EntryData }) {
  const rows = pairFacts(a.facts, b.facts);
  if (!rows.length) return null;
  const cell = (f: { text: string; html?: string } | undefined) => (f?.html ? <span dangerouslySetInnerHTML={{ __html: f.html }} /> : f?.text || <span className="facts-empty">–</span>);
  return (
    <>
      <h3 className="compare-row-title">Key facts</h3>
      <div className="compare-facts-wrap" tabIndex={0} role="region" aria-label="Key facts">
        <table className="compare-facts">
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">{a.title}</th>
              <th scope="col">{b.title}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.differs ? "facts-diff" : undefined} data-differs={r.differs || undefined}>
                <th scope="row" title={r.help}>
                  {r.label}
                  {r.differs && <span className="visually-hidden"> (differs)</span>}
                </th>
                <td>{cell(r.a)}</td>
                <td>{cell(r.b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
