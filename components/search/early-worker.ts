import { INDEX_URL } from "@/lib/search/urls";
import type { EarlySearchWorker } from "@/lib/search/worker-protocol";
import { WORKER_URL } from "@/lib/search/worker-protocol";

/** How many results the search page lists (the early query asks for as many). */
export const SEARCH_PAGE_LIMIT = 50;

/**
 * The search page's engine starts from its head script: the worker's script and the index are fetched
 * while the page's own JavaScript is still loading, and the address's query is posted at once, so the
 * answer is usually waiting when React hydrates (useSearchWorker takes the worker over). Serialized with
 * Function.prototype.toString into the page: it may refer to nothing outside its body and argument.
 */
function startSearchWorker(config: { worker: string; index: string; limit: number }) {
  if (typeof Worker === "undefined") return;
  try {
    const worker = new Worker(config.worker);
    const query = new URLSearchParams(location.search).get("q") || "";
    const early: EarlySearchWorker = { worker, messages: [], query, options: { limit: config.limit, partial: false } };
    worker.onmessage = (e) => early.messages.push(e.data);
    worker.onerror = () => early.messages.push({ type: "error", message: "search worker failed" });
    fetch(config.index)
      .then((r) => {
        if (!r.ok) throw new Error("search index: HTTP " + r.status);
        return r.arrayBuffer();
      })
      .then(
        (index) => worker.postMessage({ type: "init", index }, [index]),
        (err) => early.messages.push({ type: "error", message: String(err) }),
      );
    if (query.trim()) worker.postMessage({ type: "search", id: 0, query, options: early.options });
    (window as unknown as { __atlasSearchWorker?: EarlySearchWorker }).__atlasSearchWorker = early;
  } catch {
    // No worker (a CSP or an old browser): the page starts one itself or shows the error.
  }
}

export const EARLY_SEARCH_WORKER = `(${startSearchWorker.toString()})(${JSON.stringify({ worker: WORKER_URL, index: INDEX_URL, limit: SEARCH_PAGE_LIMIT })});`;
