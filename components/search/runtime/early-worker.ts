/**
 * The search page starts its engine's worker and hands it the index while the page is still parsing,
 * with a small inline script (early-worker-entry.ts, rendered by app/search/page.tsx through
 * lib/build/inline-script.ts; the build hashes it into the page's CSP like every inline script),
 * instead of after the framework's scripts have loaded and run: the engine is built in the worker
 * meanwhile, so the results are there sooner when the page's controller starts (connection.ts's
 * `workerConnection` takes the worker over with `takeEarlyWorker`). Messages the worker sends before
 * that are kept in order.
 */
import { INDEX_URL, WORKER_URL } from "@/lib/search/urls";
import type { FromWorker, ToWorker } from "./worker-protocol";

export interface EarlyWorker {
  worker: Worker;
  /** What the worker sent before it was taken over. */
  queue: FromWorker[];
}

/** Where the early worker is left for the controller: `window` in a page. */
export interface EarlyWorkerHost {
  __atlasSearchWorker?: EarlyWorker;
  Worker: new (url: string) => Worker;
  fetch: typeof fetch;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Starts the worker, fetches the index (preloaded by the page's head) and transfers it to the worker. */
export function startEarlyWorker(host: EarlyWorkerHost): void {
  let worker: Worker;
  try {
    worker = new host.Worker(WORKER_URL);
  } catch {
    // No workers: the controller finds none and reports it.
    return;
  }
  const queue: FromWorker[] = [];
  worker.onmessage = (e: MessageEvent<FromWorker>) => void queue.push(e.data);
  worker.onerror = () => void queue.push({ type: "error", message: "the search worker failed" });
  host
    .fetch(INDEX_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.arrayBuffer();
    })
    .then(
      (index) => worker.postMessage({ type: "init", index } satisfies ToWorker, [index]),
      (err: unknown) => void queue.push({ type: "error", message: message(err) }),
    );
  host.__atlasSearchWorker = { worker, queue };
}

/** The worker the inline script started, with what it has sent so far (once; undefined without one). */
export function takeEarlyWorker(host: { __atlasSearchWorker?: EarlyWorker } = globalThis as { __atlasSearchWorker?: EarlyWorker }): EarlyWorker | undefined {
  const early = host.__atlasSearchWorker;
  delete host.__atlasSearchWorker;
  return early;
}
