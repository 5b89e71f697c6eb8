import { Diagram } from "../diagram/DiagramFigure";
import { EditorNote, SourceClaim } from "./Callouts";
import { Collapsible } from "./Collapsible";
import { StaticMarkup } from "./StaticMarkup";
import { ActivationExplorer, AttentionMaskExplorer, LossExplorer, OptimizerRace, ScheduleExplorer } from "../plots/lazy";

/** The one map of components available to MDX content. */
export const mdxComponents = {
  StaticMarkup,
  Diagram,
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
