import fc from "fast-check";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import { computeVennLayout, type VennDiagramProps, type VennLayout } from "../../src/venn";
import { boxesOverlap, boxInRegion, type Box } from "../../src/venn/geometry";
import { vennContent } from "./arbitraries";

const reference = fixture.venn as VennDiagramProps;
// Output is rounded to 2 decimals, so the 8 px padding is checked with a hair of tolerance.
const PADDING = 7.95;

function allNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allNumbers(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => allNumbers(v, out));
  return out;
}

function checkLayout(layout: VennLayout): void {
  const boxes: Box[] = [];
  for (const region of layout.regions) {
    for (const item of region.items) {
      expect(boxInRegion(item.box, layout.circles, region.members, PADDING), `"${item.label}" in ${region.name}`).toBe(true);
      boxes.push(item.box);
    }
  }
  const labels = layout.circles.map((c) => c.label.box);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
    for (const l of labels) expect(boxesOverlap(a, l)).toBe(false);
  }
  for (const box of [...boxes, ...labels]) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
  }
  expect(labels.every((a, i) => labels.slice(i + 1).every((b) => !boxesOverlap(a, b)))).toBe(true);
  expect(allNumbers(layout).every(Number.isFinite)).toBe(true);
}

describe("computeVennLayout", () => {
  it("keeps every item of the reference content inside its own region, clear of the edges", () => {
    const layout = computeVennLayout(reference);
    checkLayout(layout);
    expect(layout.regions.map((r) => r.name)).toEqual(["Product manager only", "Both", "Project manager only"]);
    expect(layout.regions.map((r) => r.items.length)).toEqual([6, 3, 5]);
  });

  it("keeps every item inside its region, apart from the others, with no NaN, for random 2- and 3-set content", () => {
    fc.assert(fc.property(vennContent, (content) => checkLayout(computeVennLayout(content))), { numRuns: 120 });
  }, 60_000);

  it("gives the same output for the same input", () => {
    fc.assert(fc.property(vennContent, (content) => {
        expect(computeVennLayout(content)).toEqual(computeVennLayout(structuredClone(content)));
      }), {
      numRuns: 40,
    });
  }, 60_000);

  it("mirrors the picture for right-to-left", () => {
    fc.assert(
      fc.property(vennContent, (content) => {
        const ltr = computeVennLayout(content);
        const rtl = computeVennLayout(content, { direction: "rtl" });
        expect(rtl.width).toBe(ltr.width);
        rtl.circles.forEach((c, i) => expect(c.cx).toBeCloseTo(ltr.width - ltr.circles[i]!.cx, 1));
        rtl.regions.forEach((region, r) =>
          region.items.forEach((item, i) => {
            const mirrored = ltr.regions[r]!.items[i]!.box;
            expect(item.box.x).toBeCloseTo(ltr.width - mirrored.x - mirrored.width, 1);
          }),
        );
        checkLayout(rtl);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it("grows the circles when a region holds 15 items", () => {
    const small = computeVennLayout(reference);
    const crowded = computeVennLayout({ ...reference, sets: [{ ...reference.sets[0]!, items: Array.from({ length: 15 }, (_, i) => `Duty ${i + 1}`) }, reference.sets[1]!] });
    expect(crowded.circles[0]!.r).toBeGreaterThan(small.circles[0]!.r);
    checkLayout(crowded);
  });

  it("switches to the narrow layout where the picture would draw text under 12 px", () => {
    const layout = computeVennLayout(reference, { width: 360 });
    expect(layout.narrowBelow).toBe(Math.ceil((layout.width * 12) / 14));
    expect(layout.mode).toBe("narrow");
    expect(computeVennLayout(reference, { width: layout.narrowBelow }).mode).toBe("wide");
  });

  it("draws a region outline for every region of three sets", () => {
    const three = computeVennLayout({ sets: [{ id: "a", label: "A" }, { id: "b", label: "B" }, { id: "c", label: "C" }] });
    expect(three.regions.map((r) => r.name)).toEqual(["A only", "A and B", "B only", "A and C", "All three", "B and C", "C only"]);
    for (const region of three.regions) expect(region.path).toMatch(/^M[\d.]+ [\d.]+(A[\d. ]+)+Z$/);
    expect(Object.keys(three.glyph.paths)).toHaveLength(7);
  });

  it("refuses 1 or 4 sets with an error rather than a wrong picture", () => {
    expect(() => computeVennLayout({ sets: [{ id: "a", label: "A" }] })).toThrow(/2 or 3 sets/);
  });

  it("keeps unsafe links out of the layout", () => {
    const layout = computeVennLayout({ sets: [{ id: "a", label: "A", items: [{ label: "x", href: "javascript:alert(1)" }, { label: "y", href: "https://example.com" }] }, { id: "b", label: "B" }] });
    expect(layout.regions[0]!.items.map((i) => i.href)).toEqual([undefined, "https://example.com"]);
  });
});
