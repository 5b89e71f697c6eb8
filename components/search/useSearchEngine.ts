"use client";

import { useCallback, useEffect, useState } from "react";
import type { SearchEngine } from "@/lib/search/engine";

export type EngineStatus = "idle" | "loading" | "ready" | "error";

let shared: SearchEngine | undefined;
let pending: Promise<SearchEngine> | undefined;
const listeners = new Set<() => void>();

/**
 * Starts loading the engine: flexsearch, lib/search and the index are fetched on first use only (a
 * dynamic import, so none of it is in any page's first-load JavaScript). Safe to call repeatedly.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  if (shared) return Promise.resolve(shared);
  pending ??= import("./runtime/client")
    .then((m) => m.loadEngine())
    .then((engine) => {
      shared = engine;
      listeners.forEach((l) => l());
      // The typo index is built lazily; build it while the reader is still reading.
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => number }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
      idle(() => void engine.warmSliced());
      return engine;
    })
    .catch((err: unknown) => {
      pending = undefined;
      listeners.forEach((l) => l());
      throw err;
    });
  return pending;
}

/**
 * The engine on the main thread for /compare's entry picker (the dialog and the search page reach it
 * through their controller, controller.ts). The engine once loaded (undefined before), its status, and a function that starts loading it. */
export function useSearchEngine(autoload = false): { engine: SearchEngine | undefined; status: EngineStatus; load: () => void } {
  const [, rerender] = useState(0);
  const [status, setStatus] = useState<EngineStatus>(shared ? "ready" : "idle");
  useEffect(() => {
    const l = () => rerender((n) => n + 1);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  const load = useCallback(() => {
    if (shared) return;
    setStatus("loading");
    loadSearchEngine().then(
      () => setStatus("ready"),
      () => setStatus("error"),
    );
  }, []);
  useEffect(() => {
    if (autoload) load();
  }, [autoload, load]);
  return { engine: shared, status: shared ? "ready" : status, load };
}
