"use client";

import { useEffect, useState, type ComponentType } from "react";
// The stylesheets of what is imported below, imported here, statically: they arrive with the page's
// CSS instead of as requests after hydration, and the dynamic imports carry no CSS to load.
import "../entry/badge.css";
import "../links/links.css";
import { whenPageReady } from "./page-ready";

/*
 * Behaviour that improves a page but is not needed to read it (hover previews, deep-link arrival,
 * copy-link, the copy buttons and the table of contents' scroll-spy) is imported in its own chunk, to
 * keep it out of every page's first-load JS, once the page's content is on screen (page-ready.ts: after
 * hydration, or on the search page after its first results). The service worker is registered then too.
 * A plain dynamic import() is used rather than next/dynamic, which would add its loader code.
 */
export function Enhancements() {
  const [parts, setParts] = useState<ComponentType[]>([]);
  useEffect(() => {
    let live = true;
    let removeSpy: (() => void) | undefined;
    void whenPageReady()
      .then(() => Promise.all([import("../links/LinkPreview"), import("../links/DeepLinks"), import("./toc-spy")]))
      .then(([previews, deepLinks, toc]) => {
        if (!live) return;
        removeSpy = toc.installTocSpy();
        setParts([previews.LinkPreviews, deepLinks.DeepLinks]);
        // Lets tests (and curious readers) see that previews and deep-link handling are active.
        document.documentElement.dataset.enhanced = "true";
        // Offline reading: pages visited are kept by the service worker (production builds only).
        if (process.env.NODE_ENV === "production" && "serviceWorker" in navigator)
          navigator.serviceWorker.register("/sw.js").then(
            () => (document.documentElement.dataset.sw = "registered"),
            () => (document.documentElement.dataset.sw = "failed"),
          );
      });
    return () => {
      live = false;
      removeSpy?.();
    };
  }, []);
  return (
    <>
      {parts.map((Part, i) => (
        <Part key={i} />
      ))}
    </>
  );
}
