import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arcPath } from "../../src/stat-callouts";

/** The share of the circle an arc path covers, read back from its geometry: start at the top, clockwise to its end. */
function drawnShare(path: string, cx: number, cy: number): number {
  const arcs = [...path.matchAll(/A([\d.-]+)[ ,]([\d.-]+)[ ,]0[ ,]([01])[ ,]([01])[ ,]([\d.-]+)[ ,]([\d.-]+)/g)];
  if (arcs.length === 0) return 0;
  if (arcs.length === 2) return 1;
  const [, , , large, sweep, x, y] = arcs[0]!;
  expect(sweep).toBe("1");
  const angle = Math.atan2(Number(x) - cx, cy - Number(y));
  const share = (angle < 0 ? angle + 2 * Math.PI : angle) / (2 * Math.PI);
  // The large-arc flag must agree with the end point, or the renderer draws the other way round.
  if (Math.abs(share - 0.5) > 1e-3) expect(large).toBe(share > 0.5 ? "1" : "0");
  return share;
}

describe("the ring of a share", () => {
  it("starts at twelve o'clock and covers the share, clockwise", () => {
    expect(arcPath(50, 50, 40, 0.25)).toBe("M50,10A40,40,0,0,1,90,50");
    expect(drawnShare(arcPath(50, 50, 40, 0.72), 50, 50)).toBeCloseTo(0.72, 3);
  });

  it("draws nothing for 0 and a whole circle for 1", () => {
    expect(arcPath(50, 50, 40, 0)).toBe("");
    expect(drawnShare(arcPath(50, 50, 40, 1), 50, 50)).toBe(1);
  });

  it("covers the proportion of any share, within a rounding of the end point", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.integer({ min: 16, max: 120 }), (share, r) => {
        const cx = 100;
        const cy = 100;
        // Coordinates are rounded to 0.01 px: at radius r that moves the end by at most about 0.01 / r of a turn.
        expect(Math.abs(drawnShare(arcPath(cx, cy, r, share), cx, cy) - share)).toBeLessThan(0.01 / r + 1e-4);
      }),
    );
  });
});
