import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Readiness is module state: each test gets a fresh copy of the module.
const load = async () => {
  vi.resetModules();
  return import("./page-ready");
};
const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe("page readiness", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("is ready at once when nothing holds it", async () => {
    const { whenPageReady } = await load();
    expect(await settled(whenPageReady())).toBe(true);
  });

  it("waits for every hold to be released, and a second release of one hold counts once", async () => {
    const { holdPageReady, whenPageReady } = await load();
    const first = holdPageReady();
    const second = holdPageReady();
    const ready = whenPageReady();
    first();
    first();
    vi.advanceTimersByTime(1);
    expect(await settled(ready)).toBe(false);
    second();
    // Not in the same task: after the frame that draws the content, for a wait begun meanwhile too.
    expect(await settled(ready)).toBe(false);
    const meanwhile = whenPageReady();
    expect(await settled(meanwhile)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(meanwhile)).toBe(true);
    expect(await settled(ready)).toBe(true);
    expect(await settled(whenPageReady())).toBe(true);
  });

  it("gives way after maxMs when a hold is never released", async () => {
    const { holdPageReady, whenPageReady } = await load();
    holdPageReady(3000);
    const ready = whenPageReady();
    vi.advanceTimersByTime(2999);
    expect(await settled(ready)).toBe(false);
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(1);
    expect(await settled(ready)).toBe(true);
  });
});
