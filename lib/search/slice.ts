/**
 * Long computations written as generators, so the same code can run at once (`drain`, for tests, node
 * and a query that needs the result now) or in slices of a few milliseconds that give the browser's
 * main thread back in between (`runSliced`), which keeps input responsive while the index is built.
 * The generators keep their results on an object rather than returning them: a generator finished by
 * `drain` while `runSliced` waits must leave nothing behind for `runSliced` to lose.
 */
export type Steps = Generator<void, void, void>;

/** Runs every remaining step now. */
export function drain(steps: Steps): void {
  while (!steps.next().done);
}

type Scheduler = { yield?: () => Promise<void> };

/** Resolves on a fresh task: `scheduler.yield()` where the browser has it, else a message-channel task (not clamped like setTimeout). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs the steps, yielding to the event loop whenever a slice has used `sliceMs`. */
export async function runSliced(steps: Steps, sliceMs = 8, now: () => number = () => performance.now()): Promise<void> {
  let start = now();
  for (;;) {
    if (steps.next().done) return;
    if (now() - start >= sliceMs) {
      await yieldToMain();
      start = now();
    }
  }
}
