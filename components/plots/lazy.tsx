"use client";
/**
 * The explorers as MDX components. Each one is its own chunk (next/dynamic): pages without explorers load none of
 * their code, and pages with one load only that one. They render on the server too (ssr: true), so the static
 * HTML already holds the plot.
 */
import dynamic from "next/dynamic";

function Loading() {
  return (
    <div className="plot-explorer plot-placeholder" role="status" style={{ minHeight: 420, display: "flex", alignItems: "center", justifyContent: "center" }}>
      Loading the interactive plot…
    </div>
  );
}

export const ActivationExplorer = dynamic(() => import("./ActivationExplorer"), { loading: Loading });
export const ScheduleExplorer = dynamic(() => import("./ScheduleExplorer"), { loading: Loading });
export const AttentionMaskExplorer = dynamic(() => import("./AttentionMaskExplorer"), { loading: Loading });
export const OptimizerRace = dynamic(() => import("./OptimizerRace"), { loading: Loading });
export const LossExplorer = dynamic(() => import("./LossExplorer"), { loading: Loading });
