import { CopyButton } from "../mdx/CopyButton";
import { MermaidRenderer } from "./MermaidRenderer";

/** A mermaid flowchart: drawn in the browser; its source stays available under "View source". */
export function Mermaid({ source }: { source: string; line?: string }) {
  return (
    <figure className="diagram-figure mermaid-figure" data-diagram="mermaid">
      <MermaidRenderer source={source} />
      <details className="mermaid-source">
        <summary>View source</summary>
        <pre className="diagram-text" data-copy-source="">{source}</pre>
      </details>
      <figcaption className="code-caption">
        <span className="code-language">Flowchart</span>
        <CopyButton label="Copy flowchart source" />
      </figcaption>
    </figure>
  );
}
