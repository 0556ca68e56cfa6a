import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeBarComparisonLayout, type BarComparisonLayout, type Box } from "../../src/bar-comparison/layout";
import type { BarComparisonProps } from "../../src/bar-comparison/types";

const EPSILON = 0.05;
const word = fc.oneof({ weight: 5, arbitrary: fc.constantFrom("Junior", "lead", "senior", "team", "of", "Product manager", "Principal") }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{12,30}$/) });
const label = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));
const value = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -250_000, max: 250_000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 100) / 100) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const formats = fc.constantFrom<Intl.NumberFormatOptions | undefined>(undefined, { style: "currency", currency: "USD" }, { style: "percent" }, { maximumFractionDigits: 0 });

const barProps: fc.Arbitrary<BarComparisonProps> = fc
  .record({ categories: fc.array(label, { minLength: 1, maxLength: 12 }), seriesLabels: fc.array(label, { minLength: 1, maxLength: 4 }), format: formats, showValues: fc.boolean() })
  .chain(({ categories, seriesLabels, format, showValues }) =>
    fc.tuple(...seriesLabels.map(() => fc.array(value, { minLength: categories.length, maxLength: categories.length }))).map((rows) => ({
      title: "Bars",
      categories: categories.map((l, i) => ({ id: `c${i}`, label: l })),
      series: seriesLabels.map((l, s) => ({ id: `s${s}`, label: l, values: Object.fromEntries(rows[s]!.map((v, i) => [`c${i}`, v])) })),
      valueFormat: format,
      showValues,
    })),
  );
const options = fc.record({ width: fc.integer({ min: 240, max: 1000 }), direction: fc.constantFrom<"ltr" | "rtl">("ltr", "rtl"), textScale: fc.constantFrom(1, 1.1) });

const overlap = (a: Box, b: Box) => a.x < b.x + b.width - EPSILON && b.x < a.x + a.width - EPSILON && a.y < b.y + b.height - EPSILON && b.y < a.y + a.height - EPSILON;
const within = (inner: Box, left: number, right: number) => inner.x >= left - EPSILON && inner.x + inner.width <= right + EPSILON;

/** Every text box and bar of a layout, named for the failure message. */
function boxes(layout: BarComparisonLayout): { name: string; box: Box }[] {
  return [
    ...layout.legend.map((e, i) => ({ name: `legend ${i}`, box: e.text.box })),
    ...layout.categories.map((c, i) => ({ name: `category ${i}`, box: c.box })),
    ...layout.bars.flatMap((b) => (b.label ? [{ name: `value ${b.key}`, box: b.label.box }] : [])),
    ...layout.axis.ticks.map((t) => ({ name: `tick ${t.value}`, box: t.text.box })),
  ];
}

describe("computeBarComparisonLayout (property)", () => {
  it("never overlaps two labels, keeps every label and bar in the drawing and every value label in the plot", () => {
    fc.assert(
      fc.property(barProps, options, (props, opts) => {
        const layout = computeBarComparisonLayout(props, opts);
        const all = boxes(layout);
        for (let i = 0; i < all.length; i++) {
          expect(within(all[i]!.box, 0, layout.width), `${all[i]!.name} leaves the drawing`).toBe(true);
          for (let j = i + 1; j < all.length; j++) expect(overlap(all[i]!.box, all[j]!.box), `${all[i]!.name} overlaps ${all[j]!.name}`).toBe(false);
        }
        for (const bar of layout.bars) {
          expect(within(bar.rect, layout.plot.x0, layout.plot.x1), `bar ${bar.key} leaves the plot`).toBe(true);
          if (!bar.label) continue;
          expect(within(bar.label.box, layout.plot.x0, layout.plot.x1), `value ${bar.key} leaves the plot`).toBe(true);
          // A label outside its bar never covers another bar; one inside stays within its own bar.
          if (bar.label.placement === "inside") expect(within(bar.label.box, bar.rect.x, bar.rect.x + bar.rect.width)).toBe(true);
          else for (const other of layout.bars) expect(overlap(bar.label.box, other.rect), `value ${bar.key} covers bar ${other.key}`).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("draws bar lengths in proportion to the values, from one zero line, on the side of their sign", () => {
    fc.assert(
      fc.property(barProps, options, (props, opts) => {
        const layout = computeBarComparisonLayout(props, opts);
        const { domain } = layout.axis;
        const longest = layout.bars.reduce((a, b) => (Math.abs(b.value ?? 0) > Math.abs(a.value ?? 0) ? b : a));
        const pxPerUnit = longest.value ? longest.rect.width / Math.abs(longest.value) : 0;
        for (const bar of layout.bars) {
          const v = bar.value ?? 0;
          expect(Math.abs(bar.rect.width - Math.abs(v) * pxPerUnit)).toBeLessThan(0.05);
          if (bar.rect.width > 0.5) {
            const touchesZero = Math.abs(bar.rect.x - layout.axis.zeroX) < 0.02 || Math.abs(bar.rect.x + bar.rect.width - layout.axis.zeroX) < 0.02;
            expect(touchesZero).toBe(true);
            const rightOfZero = bar.rect.x >= layout.axis.zeroX - 0.02;
            expect(rightOfZero).toBe(v > 0 === (opts.direction === "ltr"));
          }
        }
        expect(domain[0]).toBeLessThanOrEqual(0);
        expect(domain[1]).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });
});

