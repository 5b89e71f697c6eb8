import type { Metadata } from "next";
import { PageShell } from "@/components/layout/PageShell";
import { SavedPages } from "@/components/offline/SavedPages";

export const metadata: Metadata = { title: "Offline", robots: { index: false } };

/** Shown by the service worker for a page the reader has not visited while online. */
export default function Offline() {
  return (
    <PageShell>
      <article className="prose" data-offline-page>
        <h1>You are offline</h1>
        <p>This page has not been saved on this device yet: pages are kept for offline reading once you have opened them while online. Search still works over every entry.</p>
        <SavedPages />
      </article>
    </PageShell>
  );
}
