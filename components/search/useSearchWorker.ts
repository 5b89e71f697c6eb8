"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SearchOptions, SearchResult } from "@/lib/search/engine";
import type { HitView } from "@/lib/search/hit-view";
import { cleanQuery } from "@/lib/search/normalize";
import { INDEX_URL } from "@/lib/search/urls";
import { WORKER_URL, type EarlySearchWorker, type FromWorker, type ToWorker } from "@/lib/search/worker-protocol";
import type { EngineStatus } from "./useSearchEngine";

export interface WorkerAnswer {
  result: SearchResult;
  /** What each hit shows, aligned with `result.hits`. */
  views: HitView[];
  suggestions: string[];
}

const sameOptions = (a: SearchOptions, b: SearchOptions) => a.limit === b.limit && !!a.partial === !!b.partial;

/** The worker the search page's head script started, if any; taken over once. */
function takeEarlyWorker(): EarlySearchWorker | undefined {
  const w = window as unknown as { __atlasSearchWorker?: EarlySearchWorker };
  const early = w.__atlasSearchWorker;
  delete w.__atlasSearchWorker;
  return early;
}

/**
 * The search engine in a Web Worker, for the search page. The page's head script usually started it,
 * with the index and the address's query already on their way (components/search/early-worker.ts); without
 * that, the worker is started and fed here. `search` answers the latest query only: an answer to an older
 * query that arrives late is dropped, and the early query is not asked twice.
 */
export function useSearchWorker(): { status: EngineStatus; answer: WorkerAnswer | null; search: (query: string, options: SearchOptions) => void } {
  const [status, setStatus] = useState<EngineStatus>("loading");
  const [answer, setAnswer] = useState<WorkerAnswer | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const pending = useRef<ToWorker | null>(null);
  const ready = useRef(false);
  /** The query the head script asked (as id 0), until the page asks its first own query. */
  const early = useRef<{ query: string; options: SearchOptions } | null>(null);

  useEffect(() => {
    const onMessage = (m: FromWorker) => {
      if (m.type === "ready") {
        ready.current = true;
        setStatus("ready");
        if (pending.current) w.postMessage(pending.current);
        pending.current = null;
      } else if (m.type === "error") setStatus("error");
      else if (m.id !== latest.current) return;
      else if (m.type === "result") setAnswer({ result: m.result, views: m.views, suggestions: m.suggestions });
      else
        setAnswer((a) => {
          if (!a) return a;
          // Only the changed hits get new view objects: the others keep theirs and are not re-rendered.
          const views = a.views.slice();
          for (const [i, view] of m.changed) if (i < views.length) views[i] = view;
          return { ...a, views };
        });
    };
    const started = takeEarlyWorker();
    let live = true;
    let w: Worker;
    if (started) {
      w = started.worker;
      early.current = { query: cleanQuery(started.query), options: started.options };
      latest.current = 0;
    } else {
      w = new Worker(WORKER_URL);
      fetch(INDEX_URL)
        .then((r) => {
          if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
          return r.arrayBuffer();
        })
        .then((index) => live && w.postMessage({ type: "init", index } satisfies ToWorker, [index]))
        .catch(() => live && setStatus("error"));
    }
    worker.current = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
    w.onerror = () => setStatus("error");
    started?.messages.forEach(onMessage);
    return () => {
      live = false;
      w.terminate();
      worker.current = null;
    };
  }, []);

  const search = useCallback((query: string, options: SearchOptions) => {
    const asked = early.current;
    early.current = null;
    // The head script already asked this one (as id 0): its answer is on its way, or here.
    if (asked && asked.query === query && sameOptions(asked.options, options)) return;
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
