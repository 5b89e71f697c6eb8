"use client";

import { useEffect, useState } from "react";

/** The pages the service worker has saved, read from its caches (nothing is shown without them). */
export function SavedPages() {
  const [paths, setPaths] = useState<string[] | null>(null);
  useEffect(() => {
    if (!("caches" in window)) return;
    void (async () => {
      const found = new Set<string>();
      for (const key of await caches.keys()) {
        if (!key.startsWith("pages-")) continue;
        for (const req of await (await caches.open(key)).keys()) {
          const p = new URL(req.url).pathname;
          if (p !== "/offline") found.add(p);
        }
      }
      setPaths([...found].sort());
    })();
  }, []);
  if (!paths?.length) return null;
  return (
    <>
      <h2 id="saved-pages">Saved on this device</h2>
      <ul>
        {paths.map((p) => (
          <li key={p}>
            <a href={p}>{p === "/" ? "Home" : p}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
