import { describe, expect, it } from "vitest";
import { extent, fmt, linePath, linearScale, linspace, mulberry32, niceTicks, stepPath } from "./scale";

describe("scale helpers", () => {
  it("maps linearly, samples evenly, picks round ticks", () => {
    expect(linearScale(0, 10, 0, 100)(2.5)).toBe(25);
    expect(linspace(-1, 1, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(niceTicks(-5, 5, 5)).toEqual([-4, -2, 0, 2, 4]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
  it("extent ignores non-finite values and pads", () => {
    expect(extent([0, NaN, 10, Infinity], 0.1)).toEqual([-1, 11]);
  });
  it("line paths break at non-finite values; step paths hold each value", () => {
    const id = (v: number) => v;
    expect(linePath([0, 1, 2, 3], [0, NaN, 2, 3], id, id)).toBe("M0 0M2 2L3 3");
    expect(stepPath([0, 1], [5, 3], id, id)).toBe("M0 5H1V3H2");
  });
  it("formats numbers compactly", () => {
    expect(fmt(0.000012346)).toBe("1.235e-5");
    expect(fmt(-0.000012346)).toBe("−1.235e-5");
    expect(fmt(-0.5)).toBe("−0.5");
    expect(fmt(0.0008)).toBe("8e-4");
    expect(fmt(1.5e-4)).toBe("1.5e-4");
    expect(fmt(0.8413447)).toBe("0.8413");
  });
  it("the PRNG is deterministic", () => {
    const a = mulberry32(3);
    const b = mulberry32(3);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
