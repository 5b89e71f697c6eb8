"use client";
/**
 * The explorers as MDX components. Each one is its own chunk (React.lazy): pages without explorers load
 * none of their code, and pages with one load only that one. They render on the server too, so the
 * static HTML already holds the plot; in the browser that HTML stays until the chunk has arrived and
 * hydrated (the Suspense fallback is shown only if the component ever renders without server HTML).
 */
import { lazy, Suspense, type ComponentType } from "react";

function Loading() {
  return (
    <div className="plot-explorer plot-placeholder" role="status" style={{ minHeight: 420, display: "flex", alignItems: "center", justifyContent: "center" }}>
      Loading the interactive plot…
    </div>
  );
}

function lazyExplorer<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  const Lazy = lazy(load);
  function Explorer(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Explorer;
}

export const ActivationExplorer = lazyExplorer(() => import("./ActivationExplorer"));
export const ScheduleExplorer = lazyExplorer(() => import("./ScheduleExplorer"));
export const AttentionMaskExplorer = lazyExplorer(() => import("./AttentionMaskExplorer"));
export const OptimizerRace = lazyExplorer(() => import("./OptimizerRace"));
export const LossExplorer = lazyExplorer(() => import("./LossExplorer"));
