import { describe, expect, it } from "vitest";
import { contourLevels, marchingSquares, sampleGrid, segmentsPath } from "./contours";

describe("marching squares", () => {
  const g = sampleGrid((x, y) => x * x + y * y, [-2, 2], [-2, 2], 81, 81);
  it("the level set of x² + y² = 1 lies on the unit circle and closes around it", () => {
    const segs = marchingSquares(g, 1);
    expect(segs.length).toBeGreaterThan(4 * 100);
    let maxErr = 0;
    let minAngle = Infinity;
    let maxAngle = -Infinity;
    for (let k = 0; k < segs.length; k += 2) {
      maxErr = Math.max(maxErr, Math.abs(Math.hypot(segs[k]!, segs[k + 1]!) - 1));
      const a = Math.atan2(segs[k + 1]!, segs[k]!);
      minAngle = Math.min(minAngle, a);
      maxAngle = Math.max(maxAngle, a);
    }
    expect(maxErr).toBeLessThan(0.005);
    expect(minAngle).toBeLessThan(-3.05);
    expect(maxAngle).toBeGreaterThan(3.05);
  });
  it("a level outside the range gives no segments", () => {
    expect(marchingSquares(g, 100)).toEqual([]);
    expect(marchingSquares(g, -1)).toEqual([]);
  });
  it("a saddle cell gives two segments", () => {
    const s = { nx: 2, ny: 2, x: [0, 1] as [number, number], y: [0, 1] as [number, number], values: Float64Array.from([1, 0, 0, 1]) };
    expect(marchingSquares(s, 0.5)).toHaveLength(8);
  });
  it("levels are increasing; log levels are geometric", () => {
    const lv = contourLevels(g, 6, true);
    expect(lv).toHaveLength(6);
    for (let k = 1; k < lv.length; k++) expect(lv[k]! / lv[k - 1]!).toBeCloseTo(lv[1]! / lv[0]!, 9);
    const lin = contourLevels(g, 5, false);
    for (let k = 1; k < lin.length; k++) expect(lin[k]!).toBeGreaterThan(lin[k - 1]!);
  });
  it("paths have one move per segment", () => {
    expect(segmentsPath([0, 0, 1, 1], (v) => v * 10, (v) => -v)).toBe("M0.0 0.0L10.0 -1.0");
  });
});
