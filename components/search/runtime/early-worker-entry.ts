/* The search page's inline script (early-worker.ts): starts the engine's worker while the page parses. */
import { startEarlyWorker } from "./early-worker";

startEarlyWorker(window as unknown as Parameters<typeof startEarlyWorker>[0]);
