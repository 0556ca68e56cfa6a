import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeLifecycleTimelineLayout, type LifecycleTimelineLayout, type LifecycleTimelineProps } from "../../src/lifecycle-timeline";
import type { Box } from "../../src/lifecycle-timeline/layout-types";
import { detailed, reference } from "./fixture";

function textBoxes(layout: LifecycleTimelineLayout): { name: string; box: Box }[] {
  const boxes: { name: string; box: Box }[] = [];
  for (const stage of layout.stages) {
    boxes.push({ name: `${stage.id} label`, box: stage.label.box });
    if (stage.period) boxes.push({ name: `${stage.id} period`, box: stage.period.box });
    if (stage.description) boxes.push({ name: `${stage.id} description`, box: stage.description.box });
  }
  for (const lane of layout.lanes) {
    boxes.push({ name: `${lane.id} label`, box: lane.label.box });
    lane.bars.forEach((bar, i) => bar.label && boxes.push({ name: `${lane.id} bar ${i}`, box: bar.label.box }));
  }
  if (layout.loop) boxes.push({ name: "loop note", box: layout.loop.note.box });
  if (layout.details) {
    if (layout.details.heading) boxes.push({ name: "details heading", box: layout.details.heading.box });
    layout.details.items.forEach((item, i) => {
      boxes.push({ name: `item ${i}`, box: item.label.box });
      if (item.description) boxes.push({ name: `item ${i} description`, box: item.description.box });
    });
  }
  return boxes;
}

function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

const overlaps = (a: Box, b: Box) =>
  a.width > 0 && b.width > 0 && a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.width <= outer.x + outer.width + 0.01 && inner.y + inner.height <= outer.y + outer.height + 0.01;

const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), minLength: 1, maxLength: 16 });
const phrase = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((words) => words.join(" "));

const propsArbitrary = fc.integer({ min: 1, max: 30 }).chain((count) =>
  fc.record({
    stages: fc.tuple(
      ...Array.from({ length: count }, (_, i) =>
        fc.record(
          { id: fc.constant(`s${i}`), label: phrase(4), description: phrase(14), period: phrase(2), items: fc.array(fc.oneof(phrase(6), fc.record({ label: phrase(4), description: phrase(8) })), { maxLength: 3 }) },
          { requiredKeys: ["id", "label"] },
        ),
      ),
    ),
    lanes: fc.array(
      fc.record({
        label: phrase(3),
        spans: fc.array(
          fc.tuple(fc.nat(count - 1), fc.nat(count - 1), fc.option(phrase(4), { nil: undefined })).map(([a, b, label]) => ({ from: `s${Math.min(a, b)}`, to: `s${Math.max(a, b)}`, ...(label ? { label } : {}) })),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { maxLength: 3 },
    ),
    loop: fc.boolean(),
    active: fc.option(fc.nat(count - 1), { nil: undefined }),
  }),
).map(({ stages, lanes, loop, active }): LifecycleTimelineProps => ({
  title: "Random",
  stages,
  lanes: lanes.map((lane, i) => ({ ...lane, id: `l${i}` })),
  loop,
  ...(active === undefined ? {} : { activeStageId: `s${active}` }),
}));

const optionsArbitrary = fc.record({
  width: fc.integer({ min: 280, max: 1200 }),
  orientation: fc.constantFrom("horizontal" as const, "vertical" as const),
  direction: fc.constantFrom("ltr" as const, "rtl" as const),
  textScale: fc.constantFrom(1, 1, 1.08, 1.25),
});

describe("computeLifecycleTimelineLayout", () => {
  it("lays the reference content out across, with both lanes spanning their stages", () => {
    const layout = computeLifecycleTimelineLayout(reference);
    expect(layout.orientation).toBe("horizontal");
    expect(layout.width).toBe(680);
    const [product, project] = layout.lanes;
    expect(product?.bars[0]).toMatchObject({ fromIndex: 0, toIndex: 5 });
    expect(project?.bars[0]).toMatchObject({ fromIndex: 2, toIndex: 4 });
    const markers = layout.stages.map((stage) => stage.marker.cx);
    expect(markers).toEqual([...markers].sort((a, b) => a - b));
  });

  it("mirrors the picture in RTL: the first stage sits at the right", () => {
    const ltr = computeLifecycleTimelineLayout(reference);
    const rtl = computeLifecycleTimelineLayout(reference, { direction: "rtl" });
    expect(rtl.stages[0]?.marker.cx).toBeCloseTo(ltr.width - (ltr.stages[0]?.marker.cx ?? 0), 1);
    expect(rtl.stages[0]?.marker.cx).toBeGreaterThan(rtl.stages[5]?.marker.cx ?? Infinity);
  });

  it("turns vertical when the labels cannot fit across", () => {
    expect(computeLifecycleTimelineLayout(reference, { width: 328 }).orientation).toBe("vertical");
    const many = { ...reference, stages: Array.from({ length: 24 }, (_, i) => ({ id: `s${i}`, label: `Stage ${i + 1}` })), lanes: [] };
    expect(computeLifecycleTimelineLayout(many).orientation).toBe("vertical");
  });

  it("lets long hyphenated and CJK labels stay across, since they wrap without breaking a word", () => {
    const stages = [
      { id: "a", label: "Go-to-market-readiness-review" },
      { id: "b", label: "製品の市場投入と販売促進活動" },
      { id: "c", label: "Launch" },
    ];
    expect(computeLifecycleTimelineLayout({ title: "T", stages }).orientation).toBe("horizontal");
    expect(computeLifecycleTimelineLayout({ title: "T", stages: [...stages, { id: "d", label: "Internationalisationreadiness" }] }).orientation).toBe("vertical");
  });

  it("wraps a wider real font into the same columns when given its textScale", () => {
    const plain = computeLifecycleTimelineLayout(reference);
    const wider = computeLifecycleTimelineLayout(reference, { textScale: 1.2 });
    const lines = (layout: typeof plain) => layout.stages.reduce((sum, stage) => sum + (stage.description?.lines.length ?? 0), 0);
    expect(lines(wider)).toBeGreaterThan(lines(plain));
    for (const stage of wider.stages) expect(stage.label.box.width).toBeLessThanOrEqual(stage.box.width);
  });

  it("shows the active stage's items in a panel, with a heading across", () => {
    const layout = computeLifecycleTimelineLayout({ ...detailed, activeStageId: "planning" });
    expect(layout.details?.stageId).toBe("planning");
    expect(layout.details?.heading?.lines).toEqual(["Planning"]);
    expect(layout.details?.items).toHaveLength(2);
    expect(layout.activeBand).toBeDefined();
  });

  it("draws the return arrow and says the cycle starts over when looping", () => {
    const layout = computeLifecycleTimelineLayout({ ...reference, loop: true });
    expect(layout.loop?.path).toMatch(/^M/);
    expect(layout.loop?.note.lines.join(" ")).toBe("After Marketing and sales, the cycle starts over with Ideation.");
  });

  it("keeps the text readable: nothing under 12 px, and narrowBelow where scaling would go under it", () => {
    const layout = computeLifecycleTimelineLayout(detailed);
    expect(layout.smallestFontSize).toBe(12);
    expect(layout.narrowBelow).toBe(680);
    expect(computeLifecycleTimelineLayout(reference).narrowBelow).toBeCloseTo((680 * 12) / 14, 1);
  });

  it("never overlaps text, keeps everything in the view box and spans on their stages", () => {
    fc.assert(
      fc.property(propsArbitrary, optionsArbitrary, (props, options) => {
        const layout = computeLifecycleTimelineLayout(props, options);
        const view = { x: 0, y: 0, width: layout.width, height: layout.height };
        expect(numbersIn(layout).every(Number.isFinite)).toBe(true);
        expect(layout.orientation).toBe(options.orientation);
        const texts = textBoxes(layout);
        for (const [i, a] of texts.entries()) {
          expect(inside(a.box, view), `${a.name} inside`).toBe(true);
          for (const b of texts.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.name} / ${b.name}`).toBe(false);
        }
        for (const stage of layout.stages) expect(inside(stage.box, view)).toBe(true);
        for (const lane of layout.lanes) {
          for (const bar of lane.bars) {
            expect(inside(bar.box, view)).toBe(true);
            if (bar.label) expect(inside(bar.label.box, bar.box)).toBe(true);
            const from = layout.stages[bar.fromIndex];
            const to = layout.stages[bar.toIndex];
            if (!from || !to) throw new Error("bar names no stage");
            if (layout.orientation === "horizontal") {
              const left = Math.min(from.box.x, to.box.x);
              const right = Math.max(from.box.x + from.box.width, to.box.x + to.box.width);
              expect(bar.box.x).toBeGreaterThanOrEqual(left);
              expect(bar.box.x + bar.box.width).toBeLessThanOrEqual(right);
              expect(bar.box.x).toBeLessThanOrEqual(Math.min(from.marker.cx, to.marker.cx));
              expect(bar.box.x + bar.box.width).toBeGreaterThanOrEqual(Math.max(from.marker.cx, to.marker.cx));
            } else {
              expect(bar.box.y).toBeCloseTo(from.marker.cy - from.marker.r, 1);
              expect(bar.box.y + bar.box.height).toBeGreaterThanOrEqual(to.marker.cy);
              expect(bar.box.y + bar.box.height).toBeLessThanOrEqual(to.box.y + to.box.height);
            }
          }
        }
        expect(computeLifecycleTimelineLayout(props, options)).toEqual(layout);
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});
