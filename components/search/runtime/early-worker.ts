/**
 * The search page starts its engine's worker and hands it the index while the page is still parsing,
 * with this small inline script (rendered by app/search/page.tsx; the build hashes it into the page's
 * CSP like every inline script), instead of after the framework's scripts have loaded and run: the
 * engine is built in the worker meanwhile, so the results are there when the page's controller starts
 * (connection.ts's `workerConnection` takes the worker over with `takeEarlyWorker`). Messages the worker
 * sends before that are kept in order.
 */
import { INDEX_URL, WORKER_URL } from "@/lib/search/urls";
import type { FromWorker } from "./worker-protocol";

export const EARLY_WORKER = `(function(){try{var w=new Worker(${JSON.stringify(WORKER_URL)}),q=[];w.onmessage=function(e){q.push(e.data)};w.onerror=function(){q.push({type:"error",message:"the search worker failed"})};fetch(${JSON.stringify(INDEX_URL)}).then(function(r){if(!r.ok)throw new Error("search index: HTTP "+r.status);return r.arrayBuffer()}).then(function(b){w.postMessage({type:"init",index:b},[b])},function(e){q.push({type:"error",message:String(e&&e.message||e)})});window.__atlasSearchWorker={worker:w,queue:q}}catch(e){}})();`;

export interface EarlyWorker {
  worker: Worker;
  /** What the worker sent before it was taken over. */
  queue: FromWorker[];
}

/** The worker the inline script started, with what it has sent so far (once; undefined without one). */
export function takeEarlyWorker(): EarlyWorker | undefined {
  const w = globalThis as typeof globalThis & { __atlasSearchWorker?: EarlyWorker };
  const early = w.__atlasSearchWorker;
  delete w.__atlasSearchWorker;
  return early;
}
