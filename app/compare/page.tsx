import type { Metadata } from "next";
import { Suspense } from "react";
import { ComparePage } from "@/components/compare/ComparePage";
import { PageShell } from "@/components/layout/PageShell";

export const metadata: Metadata = {
  title: "Compare entries",
  description: "Two Neural Atlas entries side by side: what they do, their math, code, hyperparameters and key facts.",
};

export default function Compare() {
  return (
    <PageShell>
      {/* Entries' math arrives as KaTeX HTML; its stylesheet is the only extra this page needs. */}
      <link rel="stylesheet" href="/katex/katex.min.css" precedence="default" />
      <article className="prose compare-page">
        <Suspense fallback={<p>Loading…</p>}>
          <ComparePage />
        </Suspense>
        <noscript>
          <p>Comparing runs in your browser and needs JavaScript. Each entry’s page has the same sections, and category pages compare their entries in a table.</p>
        </noscript>
      </article>
    </PageShell>
  );
}
