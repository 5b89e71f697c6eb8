import { CopyButton } from "../mdx/CopyButton";

/** A box diagram. Until the diagram engine lands it is shown as its aligned monospace text. */
export function Diagram({ source }: { source: string; line?: string }) {
  return (
    <figure className="diagram-figure" data-diagram="text">
      <div className="diagram-scroll" tabIndex={0} role="region" aria-label="Box diagram">
        <pre className="diagram-text" data-copy-source="">{source}</pre>
      </div>
      <figcaption className="code-caption">
        <span className="code-language">Diagram</span>
        <CopyButton label="Copy diagram source" />
      </figcaption>
    </figure>
  );
}
