import type { ComponentProps } from "react";
import { Diagram } from "../diagram/DiagramFigure";
import { Mermaid } from "../diagram/MermaidFigure";
import { EditorNote, SourceClaim } from "./Callouts";
import { CodeBlock } from "./CodeBlock";
import { CodeRun } from "./CodeRun";
import { Collapsible } from "./Collapsible";
import { StaticMarkup } from "./StaticMarkup";
import { ActivationExplorer, AttentionMaskExplorer, LossExplorer, OptimizerRace, ScheduleExplorer } from "../plots/lazy";

function Table(props: ComponentProps<"table">) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  );
}

/** The one map of components available to MDX content. */
export const mdxComponents = {
  pre: CodeBlock,
  CodeRun,
  table: Table,
  StaticMarkup,
  Diagram,
  Mermaid,
  Collapsible,
  EditorNote,
  SourceClaim,
  ActivationExplorer,
  ScheduleExplorer,
  AttentionMaskExplorer,
  OptimizerRace,
  LossExplorer,
};

export type MdxComponents = typeof mdxComponents;
