import type { Metadata } from "next";
import { preload } from "react-dom";
import { PageShell } from "@/components/layout/PageShell";
import { SearchPage } from "@/components/search/SearchPage";
import { inlineScript } from "@/lib/build/inline-script";
import { INDEX_URL } from "@/lib/search/urls";

export const metadata: Metadata = {
  title: "Search",
  description: "Search every entry and section of Neural Atlas by name, abbreviation, API or concept.",
};

export default function Search() {
  // This page always needs the index: fetch it with the page, not after the scripts have run.
  preload(INDEX_URL, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <PageShell>
      {/* Starts the engine's worker while the page parses, before the framework's scripts have run. */}
      <script data-early-worker="" dangerouslySetInnerHTML={{ __html: inlineScript("components/search/runtime/early-worker-entry.ts") }} />
      <SearchPage />
      <noscript>
        <p>Search runs in your browser and needs JavaScript. Browse the categories from the menu instead.</p>
      </noscript>
    </PageShell>
  );
}
