import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { computeQuadrantChartLayout, type QuadrantChartLayout } from "../../src/quadrant-chart/layout";
import type { QuadrantChartProps } from "../../src/quadrant-chart/types";

const words = fc.constantFrom("Ship", "onboarding", "checklist", "CSV", "export", "single", "sign-on", "dark", "mode", "rewrite", "the", "billing", "engine", "AI", "summaries", "faster", "search");
const label = fc.array(words, { minLength: 1, maxLength: 9 }).map((w) => w.join(" "));
const position = fc.double({ min: 0, max: 1, noNaN: true });

/** Items anywhere. */
const spread = fc.array(fc.record({ label, x: position, y: position }), { minLength: 1, maxLength: 20 });
/** Items anywhere, or clustered: up to 20 within 0.05 of one centre. */
const clustered = fc
  .tuple(fc.record({ x: position, y: position }), fc.array(fc.record({ label, dx: fc.double({ min: -0.05, max: 0.05, noNaN: true }), dy: fc.double({ min: -0.05, max: 0.05, noNaN: true }) }), { minLength: 2, maxLength: 20 }))
  .map(([centre, offsets]) => offsets.map(({ label, dx, dy }) => ({ label, x: clamp(centre.x + dx), y: clamp(centre.y + dy) })));
/** Items on one spot, as when a team rates several ideas exactly alike. */
const stacked = fc.tuple(fc.record({ x: position, y: position }), fc.array(label, { minLength: 2, maxLength: 20 })).map(([at, labels]) => labels.map((l) => ({ label: l, ...at })));
const items = fc.oneof(spread, clustered, stacked);

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function props(list: QuadrantChartProps["items"]): QuadrantChartProps {
  return { title: "Backlog", xAxis: { label: "Effort", low: "Low", high: "High" }, yAxis: { label: "Impact", low: "Low", high: "High" }, items: list };
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) => a.x >= b.x - 0.01 && a.y >= b.y - 0.01 && a.x + a.width <= b.x + b.width + 0.01 && a.y + a.height <= b.y + b.height + 0.01;
function distance(box: Box, p: { x: number; y: number }): number {
  const dx = Math.max(box.x - p.x, 0, p.x - box.x - box.width);
  const dy = Math.max(box.y - p.y, 0, p.y - box.y - box.height);
  return Math.hypot(dx, dy);
}

/** The claims a reader notices: labels legible, apart, off every dot and name, inside the plot. */
function checkLabels(layout: QuadrantChartLayout): void {
  const boxes = layout.items.map((item) => item.text.box);
  boxes.forEach((box, i) => {
    expect(inside(box, layout.plot), `label ${i} inside the plot`).toBe(true);
    expect(box.width, `label ${i} has width`).toBeGreaterThan(0);
    boxes.slice(i + 1).forEach((other, j) => expect(overlaps(box, other), `labels ${i} and ${i + 1 + j} apart`).toBe(false));
    layout.items.forEach((item, j) => expect(distance(box, item.dot), `label ${i} off dot ${j}`).toBeGreaterThan(layout.dotRadius));
    layout.quadrants.forEach((q) => expect(overlaps(box, q.nameText.box), `label ${i} off the name of ${q.key}`).toBe(false));
  });
}

describe("label placement", () => {
  for (const pictureWidth of [640, 480, 320]) {
    test(`no label overlaps another, a dot or a name, or leaves the plot, at ${pictureWidth} px`, () => {
      fc.assert(
        fc.property(items, (list) => checkLabels(computeQuadrantChartLayout(props(list), { pictureWidth }))),
        { numRuns: 60 },
      );
    });
  }

  test("is deterministic: the same input always gives the same layout", () => {
    fc.assert(
      fc.property(items, (list) => {
        expect(computeQuadrantChartLayout(props(list))).toEqual(computeQuadrantChartLayout(structuredClone(props(list))));
      }),
      { numRuns: 30 },
    );
  });

  test("keeps every text at 14 px, which the narrow layout keeps from drawing under 12 px", () => {
    const layout = computeQuadrantChartLayout(props([{ label: "A", x: 0.5, y: 0.5 }]));
    expect(layout.fontSize).toBe(14);
    expect((layout.narrowBelow / layout.width) * layout.fontSize).toBeGreaterThanOrEqual(12);
  });
});
