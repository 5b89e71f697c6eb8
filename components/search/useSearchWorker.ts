"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SearchOptions, SearchResult } from "@/lib/search/engine";
import { INDEX_URL } from "@/lib/search/urls";
import type { FromWorker, ToWorker } from "@/lib/search/worker-protocol";
import type { EngineStatus } from "./useSearchEngine";

export interface WorkerAnswer {
  result: SearchResult;
  suggestions: string[];
}

/**
 * The search engine in a Web Worker, for the search page. The page fetches the index (the route
 * preloads it) and hands the bytes over; the worker parses and builds. `search` answers the latest
 * query only: an answer to an older query that arrives late is dropped.
 */
export function useSearchWorker(): { status: EngineStatus; answer: WorkerAnswer | null; search: (query: string, options: SearchOptions) => void } {
  const [status, setStatus] = useState<EngineStatus>("loading");
  const [answer, setAnswer] = useState<WorkerAnswer | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const pending = useRef<ToWorker | null>(null);
  const ready = useRef(false);

  useEffect(() => {
    const w = new Worker(new URL("./search.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === "ready") {
        ready.current = true;
        setStatus("ready");
        if (pending.current) w.postMessage(pending.current);
        pending.current = null;
      } else if (m.type === "error") setStatus("error");
      else if (m.id === latest.current) setAnswer({ result: m.result, suggestions: m.suggestions });
    };
    w.onerror = () => setStatus("error");
    let live = true;
    fetch(INDEX_URL)
      .then((r) => {
        if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((index) => live && w.postMessage({ type: "init", index } satisfies ToWorker, [index]))
      .catch(() => live && setStatus("error"));
    return () => {
      live = false;
      w.terminate();
      worker.current = null;
    };
  }, []);

  const search = useCallback((query: string, options: SearchOptions) => {
    const id = ++latest.current;
    if (!query.trim()) {
      setAnswer(null);
      return;
    }
    const msg: ToWorker = { type: "search", id, query, options };
    if (ready.current) worker.current?.postMessage(msg);
    else pending.current = msg;
  }, []);

  return { status, answer, search };
}
