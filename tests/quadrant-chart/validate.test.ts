import fixture from "../../stories/fixtures/quadrant-chart.json";
import { validateQuadrantChart } from "../../src/quadrant-chart";

const reference = fixture.backlog;
const item = (label: string, x = 0.5, y = 0.5) => ({ label, x, y });

describe("validateQuadrantChart", () => {
  it("accepts the reference content", () => {
    expect(validateQuadrantChart(reference)).toEqual([]);
  });

  it("names a position outside 0..1 or not a number by its path", () => {
    const items = [item("A"), item("B"), item("C"), { label: "D", x: 1.4, y: -0.1 }, { label: "E", x: "0.5", y: Number.NaN }];
    expect(validateQuadrantChart({ ...reference, items })).toEqual([
      { path: "items[3].x", message: "must be between 0 and 1, got 1.4" },
      { path: "items[3].y", message: "must be between 0 and 1, got -0.1" },
      { path: "items[4].x", message: "must be a number between 0 and 1, got a string" },
      { path: "items[4].y", message: "must be a number between 0 and 1, got NaN" },
    ]);
  });

  it("refuses empty labels, duplicate ids and a missing axis end", () => {
    const items = [{ id: "a", ...item("A") }, { id: "a", ...item("  ") }];
    expect(validateQuadrantChart({ ...reference, xAxis: { label: "Effort", low: "", high: "High" }, items })).toEqual([
      { path: "xAxis.low", message: "must be a non-empty string, got an empty string" },
      { path: "items[1].label", message: "must be a non-empty string, got an empty string" },
      { path: "items[1].id", message: 'duplicate id "a" (also items[0].id)' },
    ]);
  });

  it("needs at least one item and at most 20", () => {
    expect(validateQuadrantChart({ ...reference, items: [] })).toEqual([{ path: "items", message: "must have 1 to 20 entries, got 0" }]);
    const many = Array.from({ length: 21 }, (_, i) => item(`Idea ${i}`));
    expect(validateQuadrantChart({ ...reference, items: many })).toEqual([{ path: "items", message: "must have 1 to 20 entries, got 21" }]);
  });

  it("refuses a quadrant name for no quadrant and axes that are not objects", () => {
    expect(validateQuadrantChart({ ...reference, quadrants: { middle: "Centre", topLeft: 3 }, yAxis: "Impact" })).toEqual([
      { path: "yAxis", message: "must be an object with a label, low and high, got a string" },
      { path: "quadrants.middle", message: "names no quadrant; use topLeft, topRight, bottomLeft, bottomRight" },
      { path: "quadrants.topLeft", message: "must be a non-empty string, got a number" },
    ]);
  });

  it("never throws on junk", () => {
    for (const junk of [null, 3, "x", [], { items: [null, 1, "a"] }]) expect(() => validateQuadrantChart(junk)).not.toThrow();
  });
});
