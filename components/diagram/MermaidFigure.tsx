import { CopyButton } from "../mdx/CopyButton";

/** A mermaid flowchart; its source is shown until the renderer lands. */
export function Mermaid({ source }: { source: string; line?: string }) {
  return (
    <figure className="diagram-figure" data-diagram="mermaid">
      <div className="diagram-scroll" tabIndex={0} role="region" aria-label="Flowchart source">
        <pre className="diagram-text" data-copy-source="">{source}</pre>
      </div>
      <figcaption className="code-caption">
        <span className="code-language">Flowchart (mermaid)</span>
        <CopyButton label="Copy flowchart source" />
      </figcaption>
    </figure>
  );
}
