import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCycleDiagramLayout, type CycleDiagramLayout, type CycleDiagramProps } from "../../src/cycle-diagram";
import type { Box } from "../../src/cycle-diagram/layout-types";
import fixture from "../../stories/fixtures/cycle-diagram.json";

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (box: Box, layout: CycleDiagramLayout) => box.x >= -0.01 && box.y >= -0.01 && box.x + box.width <= layout.width + 0.01 && box.y + box.height <= layout.height + 0.01;

/** Distance from the ring's centre to the nearest point of a box. */
function clearance(box: Box, cx: number, cy: number): number {
  const dx = Math.max(box.x - cx, 0, cx - (box.x + box.width));
  const dy = Math.max(box.y - cy, 0, cy - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** Checks what a reader would see go wrong: text off the picture, labels on each other, on the ring or its arcs. */
function expectReadable(layout: CycleDiagramLayout) {
  expect(layout.smallestFontSize).toBeGreaterThanOrEqual(12);
  const labels = layout.steps.map((step) => step.label.box);
  for (const box of labels) expect(inside(box, layout)).toBe(true);
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  if (layout.centerLabel) expect(inside(layout.centerLabel.box, layout)).toBe(true);
  if (layout.mode === "ring" && layout.ring) {
    const { cx, cy, r } = layout.ring;
    // Every label clears the markers and the arcs (which run along the ring, markers of radius 16 on it).
    for (const box of labels) expect(clearance(box, cx, cy)).toBeGreaterThanOrEqual(r + 16);
    if (layout.centerLabel) {
      const { box } = layout.centerLabel;
      const far = Math.max(...[box.x, box.x + box.width].flatMap((x) => [box.y, box.y + box.height].map((y) => Math.hypot(x - cx, y - cy))));
      expect(far).toBeLessThanOrEqual(r - 16);
    }
    if (layout.details) for (const box of labels) expect(overlap(box, layout.details.box)).toBe(false);
  }
  if (layout.details) {
    expect(inside(layout.details.box, layout)).toBe(true);
    for (const item of layout.details.items) expect(inside(item.label.box, layout)).toBe(true);
  }
}

const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), minLength: 1, maxLength: 18 });
const phrase = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((words) => words.join(" "));
const propsArbitrary = fc.integer({ min: 2, max: 8 }).chain((count) =>
  fc.record({
    steps: fc.tuple(
      ...Array.from({ length: count }, (_, i) =>
        fc.record({ id: fc.constant(`s${i}`), label: phrase(8), description: phrase(20), items: fc.array(fc.oneof(phrase(6), fc.record({ label: phrase(4), description: phrase(8) })), { maxLength: 3 }) }),
      ),
    ),
    centerLabel: fc.option(phrase(5), { nil: undefined }),
    active: fc.option(fc.nat(count - 1), { nil: undefined }),
  }).map(({ steps, centerLabel, active }): CycleDiagramProps => ({
    title: "Generated",
    steps,
    ...(centerLabel ? { centerLabel } : {}),
    ...(active !== undefined ? { activeStepId: `s${active}` } : {}),
  })),
);

describe("computeCycleDiagramLayout", () => {
  it("keeps every label readable and clear of the ring, the arcs and each other, for 2 to 8 steps with long labels", () => {
    fc.assert(
      fc.property(propsArbitrary, fc.integer({ min: 280, max: 1200 }), fc.boolean(), fc.constantFrom(1, 1.15), (props, width, rtl, textScale) => {
        expectReadable(computeCycleDiagramLayout(props, { width, direction: rtl ? "rtl" : "ltr", textScale }));
        expectReadable(computeCycleDiagramLayout(props, { width, mode: "ring" }));
        expectReadable(computeCycleDiagramLayout(props, { width, mode: "list" }));
      }),
      { numRuns: 120 },
    );
  });

  it("draws one arc and one arrowhead per step, the last back to the first", () => {
    for (const props of [fixture.twoSteps, fixture.eightSteps] as CycleDiagramProps[]) {
      const layout = computeCycleDiagramLayout(props, { mode: "ring" });
      expect(layout.strokes.links).toHaveLength(props.steps.length);
      expect(layout.strokes.arrowheads).toHaveLength(props.steps.length);
      for (const d of [...layout.strokes.links, ...layout.strokes.arrowheads]) expect(d).toMatch(/^M[-\d.]+,[-\d.]+.*Z$/);
    }
  });

  it("runs the ring counter-clockwise in RTL: the second step mirrors to the left of the first", () => {
    const ltr = computeCycleDiagramLayout(fixture.reference, { width: 680 });
    const rtl = computeCycleDiagramLayout(fixture.reference, { width: 680, direction: "rtl" });
    const [first, second] = ltr.steps;
    const [rtlFirst, rtlSecond] = rtl.steps;
    expect(second!.marker.cx).toBeGreaterThan(first!.marker.cx);
    expect(rtlSecond!.marker.cx).toBeLessThan(rtlFirst!.marker.cx);
  });

  it("turns into the list in a phone's width, keeping the centre label, the repeat sentence and the active step's details", () => {
    const layout = computeCycleDiagramLayout(fixture.reference, { width: 320 });
    expect(layout.mode).toBe("list");
    expect(layout.glyph?.links).toHaveLength(1);
    expect(layout.centerLabel?.lines.join(" ")).toContain("loop");
    expect(layout.loopNote.lines.join(" ")).toBe("After Measure and learn comes Listen again.");
    expect(layout.details?.items).toHaveLength(3);
  });

  it("puts the panel beside the ring where both fit, under it otherwise", () => {
    const wide = computeCycleDiagramLayout(fixture.reference, { width: 680 });
    const ring = wide.ring!;
    expect(wide.details!.box.x).toBeGreaterThan(ring.cx + ring.r);
    const long = computeCycleDiagramLayout(fixture.longLabels, { width: 680 });
    expect(long.details!.box.y).toBeGreaterThan(long.loopNote.box.y);
  });
});
