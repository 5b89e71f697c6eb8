import type { Metadata } from "next";
import { PageShell } from "@/components/layout/PageShell";
import { SearchPage } from "@/components/search/SearchPage";

export const metadata: Metadata = {
  title: "Search",
  description: "Search every entry and section of Neural Atlas by name, abbreviation, API or concept.",
};

export default function Search() {
  return (
    <PageShell>
      <SearchPage />
      <noscript>
        <p>Search runs in your browser and needs JavaScript. Browse the categories from the menu instead.</p>
      </noscript>
    </PageShell>
  );
}
