import katex from "katex";
import type { FactCell, FactTable } from "@/lib/content/facts-table";
import { FactsTableEnhancer } from "./FactsTableEnhancer";
import "./facts.css";

function Cell({ cell }: { cell: FactCell }) {
  // The dash is seen, "not stated" is read (aria-label is not allowed on a span).
  if (!cell.text)
    return (
      <span className="facts-empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">not stated</span>
      </span>
    );
  if (cell.kind === "math") return <span dangerouslySetInnerHTML={{ __html: katex.renderToString(cell.text, { throwOnError: true, output: "html" }) }} />;
  if (cell.kind === "code") return <code>{cell.text}</code>;
  if (cell.kind === "list") return <>{cell.text.split("; ").map((part, i) => <span key={i} className="facts-list-item">{part}</span>)}</>;
  if (cell.kind === "bool") return <span className={`facts-bool facts-bool--${cell.text === "Yes" ? "yes" : "no"}`}>{cell.text}</span>;
  return <>{cell.text}</>;
}

/**
 * A category's comparison table: plain HTML that reads and links without JavaScript; sorting and
 * filtering are added by a small enhancement. Each column explains itself in a tooltip and a footnote.
 */
export function FactsTable({ table, id, caption }: { table: FactTable; id: string; caption: string }) {
  const sortType = (kind: string) => (kind === "number" || kind === "bool" ? "number" : "text");
  return (
    <figure className="facts-table" data-facts-table={id}>
      <FactsTableEnhancer tableId={id} />
      <div className="facts-table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table id={id}>
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" data-sort-type="text">Entry</th>
              {table.columns.map((c) => (
                <th scope="col" key={c.key} title={c.help} data-sort-type={sortType(c.kind)} data-column={c.key}>
                  {c.label}
                  <a href={`#${id}-note-${c.key}`} className="facts-note-ref" aria-label={`About ${c.label}`}>?</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.slug} data-slug={r.slug}>
                <th scope="row" data-sort={r.title.toLowerCase()}>
                  <a href={`/entries/${r.slug}`}>{r.title}</a>
                </th>
                {r.cells.map((c, i) => (
                  <td key={i} data-sort={c.sort === null ? undefined : String(c.sort)}>
                    <Cell cell={c} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="facts-table-notes">
        {table.columns.map((c) => (
          <div key={c.key} id={`${id}-note-${c.key}`}>
            <dt>{c.label}</dt>
            <dd>{c.help}</dd>
          </div>
        ))}
        <div>
          <dt>–</dt>
          <dd>Not stated: left empty rather than guessed.</dd>
        </div>
      </dl>
    </figure>
  );
}
