import type { CSSProperties } from "react";
import { renderDiagram } from "../../lib/diagram";
import { diagramPlacement } from "../../lib/diagram/anchors";
import type { LinkLookup } from "../../lib/diagram/link";
import { CopyButton } from "../mdx/CopyButton";
import { DiagramViewer } from "./DiagramViewer";
import "./diagram.css";

export interface DiagramProps {
  /** The diagram's text, as written in the ```diagram fence. */
  source: string;
  /** Line of the fence in the page body (set by remark-special-blocks): makes box anchors unique on the page (lib/diagram/anchors.ts). */
  line?: string;
  /** Box label → entry; the page builds it from the registry (lib/diagram/link.ts createLinkLookup). */
  lookup?: LinkLookup;
}

/**
 * A box diagram, drawn as SVG at build time (a server component: no client JS is needed to see it).
 * Diagrams that cannot be drawn (alignment lost) are shown as their text, with a note.
 */
export function Diagram({ source, line, lookup }: DiagramProps) {
  // The ids the compiler recorded for this diagram (CompiledMdx.anchors): the same placement, the same layout.
  const { model, tree, svg } = renderDiagram(source, { lookup, ...diagramPlacement(source, line) });

  if (!tree || !svg) {
    const note = model.warnings.find((w) => w.code === "flattened" || w.code === "internal");
    return (
      <figure className="diagram-figure" data-diagram="text" data-warnings={model.warnings.length || undefined}>
        <div className="diagram-scroll" tabIndex={0} role="region" aria-label="Box diagram">
          <pre className="diagram-text" data-copy-source="">
            {source}
          </pre>
        </div>
        {note ? (
          <p className="diagram-note" role="note">
            This diagram lost its alignment and is shown as text.
          </p>
        ) : null}
        <figcaption className="code-caption">
          <span className="code-language">Diagram</span>
          <CopyButton label="Copy diagram source" />
        </figcaption>
      </figure>
    );
  }

  return (
    <figure className="diagram-figure diagram-drawn" data-diagram="svg" data-warnings={model.warnings.length || undefined}>
      <DiagramViewer label={tree.title} width={tree.width}>
        <div className="diagram-canvas" style={{ "--diagram-w": `${tree.width}px` } as CSSProperties} dangerouslySetInnerHTML={{ __html: svg }} />
      </DiagramViewer>
      <figcaption className="code-caption diagram-caption">
        <span className="code-language">Diagram</span>
        <details className="diagram-source">
          <summary className="diagram-button" aria-label="View source of the diagram">
            View source
          </summary>
          <pre className="diagram-text" data-copy-source="">
            {source}
          </pre>
        </details>
        <CopyButton label="Copy diagram source" />
      </figcaption>
    </figure>
  );
}

/** Binds a link lookup, for a components map: `{ Diagram: withDiagramLinks(lookup) }`. */
export function withDiagramLinks(lookup: LinkLookup) {
  return function LinkedDiagram(props: Omit<DiagramProps, "lookup">) {
    return <Diagram {...props} lookup={lookup} />;
  };
}
