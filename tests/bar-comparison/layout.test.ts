import { describe, expect, it } from "vitest";
import { computeBarComparisonLayout, NARROW_BELOW } from "../../src/bar-comparison/layout";
import type { BarComparisonProps } from "../../src/bar-comparison/types";
import fixture from "../../stories/fixtures/bar-comparison.json";

const salaries = fixture.salaries as BarComparisonProps;

describe("computeBarComparisonLayout", () => {
  it("runs the axis from zero to a nice maximum with round ticks, formatted like the values", () => {
    const layout = computeBarComparisonLayout(salaries);
    expect(layout.axis.domain).toEqual([0, 200000]);
    expect(layout.axis.ticks.map((t) => t.text.lines[0]!.text)).toEqual(["$0", "$50,000", "$100,000", "$150,000", "$200,000"]);
    expect(layout.bars.map((b) => b.text)).toEqual(["$78,000", "$66,000", "$104,000", "$87,000", "$136,000", "$111,000", "$165,000", "$134,000"]);
  });

  it("keeps an author's domain", () => {
    expect(computeBarComparisonLayout({ ...salaries, domain: [-50000, 250000] }).axis.domain).toEqual([-50000, 250000]);
  });

  it("draws no bar for null and prints No data at the zero line", () => {
    const layout = computeBarComparisonLayout(fixture.missing as BarComparisonProps);
    const gap = layout.bars.find((b) => b.name === "Mobile, Spring: No data")!;
    expect(gap.rect.width).toBe(0);
    expect(gap.label?.text.lines[0]?.text).toBe("No data");
    expect(gap.label!.box.x).toBeGreaterThan(layout.axis.zeroX);
    // A key left out reads the same as null.
    expect(layout.bars.find((b) => b.name.startsWith("Data, Autumn"))?.text).toBe("No data");
  });

  it("prints values only for missing data when showValues is false, and still marks every bar end with its series' shape", () => {
    const layout = computeBarComparisonLayout({ ...(fixture.missing as BarComparisonProps), showValues: false });
    expect(layout.bars.filter((b) => b.label?.text.lines.length).map((b) => b.text)).toEqual(["No data", "No data"]);
    for (const bar of layout.bars) expect(bar.label?.marker, bar.key).toBeDefined();
  });

  it("extends negative bars left of zero, and right of it in right-to-left reading", () => {
    const negative = fixture.negative as BarComparisonProps;
    const ltr = computeBarComparisonLayout(negative).bars.find((b) => b.value === -3)!;
    const rtl = computeBarComparisonLayout(negative, { direction: "rtl" });
    const mirrored = rtl.bars.find((b) => b.value === -3)!;
    expect(ltr.grows).toBe("left");
    expect(mirrored.grows).toBe("right");
    expect(mirrored.rect.x).toBeCloseTo(rtl.axis.zeroX, 1);
  });

  it("puts names above the bars below narrowBelow, and beside them above it", () => {
    expect(computeBarComparisonLayout(salaries, { width: NARROW_BELOW - 1 }).mode).toBe("narrow");
    const wide = computeBarComparisonLayout(salaries, { width: NARROW_BELOW });
    expect(wide.mode).toBe("wide");
    expect(wide.categories[0]!.box.x + wide.categories[0]!.box.width).toBeLessThan(wide.plot.x0);
  });
});
