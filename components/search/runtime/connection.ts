/**
 * The two ways a front end reaches the engine's host (host.ts), both speaking worker-protocol.ts:
 * in a worker (the search page: the engine never touches the main thread) or on the main thread (the
 * dialog: each keystroke's results in its own frame). Each fetches the index itself and hands it to the
 * host; a failure (no index, no worker) arrives as the protocol's `error` message.
 */
import { INDEX_URL, WORKER_URL } from "@/lib/search/urls";
import { takeEarlyWorker } from "./early-worker";
import type { FromWorker, ToWorker } from "./worker-protocol";

/** Queries to the host; answers come to the `receive` the connection was opened with. */
export interface SearchConnection {
  send(m: Extract<ToWorker, { type: "search" }>): void;
}
export type Connect = (receive: (m: FromWorker) => void) => SearchConnection;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

function fetchIndex(): Promise<ArrayBuffer> {
  return fetch(INDEX_URL).then((r) => {
    if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
    return r.arrayBuffer();
  });
}

/**
 * The host in a worker (/search/worker.js); the index bytes are transferred to it, not copied. On the
 * search page the worker was started, and given the index, by the page's inline script (early-worker.ts).
 */
export const workerConnection: Connect = (receive) => {
  const early = takeEarlyWorker();
  let worker: Worker;
  try {
    worker = early?.worker ?? new Worker(WORKER_URL);
  } catch (err) {
    // No workers (an old browser, a policy): reported like a failed index.
    queueMicrotask(() => receive({ type: "error", message: message(err) }));
    return { send: () => undefined };
  }
  // What the early worker sent first, before anything it sends from now on.
  early?.queue.forEach(receive);
  worker.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
  worker.onerror = () => receive({ type: "error", message: "the search worker failed" });
  if (!early)
    fetchIndex().then(
      (index) => worker.postMessage({ type: "init", index } satisfies ToWorker, [index]),
      (err: unknown) => receive({ type: "error", message: message(err) }),
    );
  return { send: (m) => worker.postMessage(m) };
};

/**
 * The host on the main thread, its code (the engine, flexsearch) fetched on first use like the index:
 * once both are here, a query is answered before `send` returns.
 */
export const inThreadConnection: Connect = (receive) => {
  let handle: ((m: ToWorker) => void) | undefined;
  let waiting: Extract<ToWorker, { type: "search" }> | undefined;
  Promise.all([import("./host"), fetchIndex()]).then(
    ([{ createSearchHost }, index]) => {
      handle = createSearchHost(receive);
      // A query asked meanwhile is kept by the host and answered as soon as the index is in.
      if (waiting) handle(waiting);
      handle({ type: "init", index });
    },
    (err: unknown) => receive({ type: "error", message: message(err) }),
  );
  return {
    send: (m) => {
      if (handle) handle(m);
      else waiting = m;
    },
  };
};
