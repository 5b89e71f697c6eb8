import { describe, expect, it } from "vitest";
import { drain, runSliced, type Steps } from "./slice";

function* counter(log: number[], n: number): Steps {
  for (let i = 0; i < n; i++) {
    log.push(i);
    yield;
  }
}

describe("slices", () => {
  it("drain runs every step now", () => {
    const log: number[] = [];
    drain(counter(log, 5));
    expect(log).toEqual([0, 1, 2, 3, 4]);
  });
  it("runSliced gives the event loop a turn whenever a slice's time is used up", async () => {
    const log: number[] = [];
    let clock = 0;
    const now = () => clock++; // every call advances 1 ms: each step "takes" time
    const done = runSliced(counter(log, 6), 3, now);
    // The first slice ran synchronously and then returned control to the caller, mid-way.
    const afterFirstSlice = log.length;
    expect(afterFirstSlice).toBeGreaterThan(0);
    expect(afterFirstSlice).toBeLessThan(6);
    await done;
    expect(log).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it("a generator finished elsewhere while runSliced waits ends runSliced without error", async () => {
    const log: number[] = [];
    const steps = counter(log, 10);
    const done = runSliced(steps, 0);
    drain(steps);
    await done;
    expect(log.length).toBe(10);
  });
});
