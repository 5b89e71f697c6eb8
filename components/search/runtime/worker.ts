/// <reference lib="webworker" />
/*
 * The search page's engine, off the main thread: parsing the index and building the engine take a few
 * hundred milliseconds on a phone, which on the main thread delays the first paint of results and
 * blocks input. The host (host.ts) answers in microseconds and posts plain data back.
 * Bundled on its own into public/search/worker.js (scripts/build-search-index.ts).
 */
import { createSearchHost } from "./host";
import type { FromWorker, ToWorker } from "./worker-protocol";

declare const self: DedicatedWorkerGlobalScope;
const handle = createSearchHost((m: FromWorker) => self.postMessage(m));
self.onmessage = (e: MessageEvent<ToWorker>) => handle(e.data);
