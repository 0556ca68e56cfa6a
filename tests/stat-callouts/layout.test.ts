import { describe, expect, it } from "vitest";
import { computeStatCalloutsLayout } from "../../src/stat-callouts";
import type { StatCalloutsProps } from "../../src/stat-callouts";
import { statColumns } from "../../src/stat-callouts/layout";
import { measureTextWidth } from "../../src/core/text/measure";
import fixture from "../../stories/fixtures/stat-callouts.json";

const reference = fixture.reference as StatCalloutsProps;

describe("computeStatCalloutsLayout", () => {
  it("puts three stats in a row at article width and one column on a phone", () => {
    expect(computeStatCalloutsLayout(reference, { width: 680 }).columns).toBe(3);
    const narrow = computeStatCalloutsLayout(reference, { width: 320 });
    expect(narrow.columns).toBe(1);
    expect(narrow.cells.map((c) => c.box.x)).toEqual([0, 0, 0]);
  });

  it("balances rows: four stats as 2 x 2, five as 3 + 2, six as 3 x 2", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => statColumns(n, 680))).toEqual([1, 2, 3, 2, 3, 3]);
  });

  it("formats numbers in the locale, a share as a percent unless its format says otherwise", () => {
    const layout = computeStatCalloutsLayout({
      ...reference,
      locale: "de-DE",
      stats: [
        { value: 0.725, share: true, label: "a" },
        { value: 0.725, share: true, format: { maximumFractionDigits: 1 }, label: "b" },
        { value: 1250000, format: { style: "currency", currency: "EUR", notation: "compact" }, label: "c" },
      ],
    });
    // Intl separates with no-break spaces.
    expect(layout.cells.map((c) => c.value.text.replace(/[\u00a0\u202f]/g, " "))).toEqual(["73 %", "72,5 %", "1,3 Mio. €"]);
  });

  it("sizes the numbers alike to fit their cells on one line, shrinking alone a number too wide for 28 px", () => {
    const layout = computeStatCalloutsLayout({ ...reference, stats: [{ value: 123456789012, format: { style: "currency", currency: "USD" }, label: "a" }, { value: 7, label: "b" }, { value: 64, label: "c" }] }, { width: 600 });
    expect(layout.numberFontSize).toBe(28);
    expect(layout.cells.map((cell) => cell.value.fontSize)).toEqual([expect.any(Number), 28, 28]);
    expect(layout.cells[0]!.value.fontSize).toBeLessThan(28);
    expect(layout.cells[0]!.value.fontSize).toBeGreaterThanOrEqual(12);
    for (const cell of layout.cells) {
      expect(cell.value.lines).toHaveLength(1);
      const width = measureTextWidth(cell.value.text, { fontSize: cell.value.fontSize, fontWeight: 700 });
      expect(cell.value.lines[0]!.x + width).toBeLessThanOrEqual(cell.box.x + cell.box.width - 16 + 0.01);
    }
    expect(computeStatCalloutsLayout(reference, { width: 680 }).numberFontSize).toBe(44);
  });

  it("fits the numbers and wraps the labels again for a reader's font wider than the metrics", () => {
    const plain = computeStatCalloutsLayout(reference, { width: 680 });
    const wide = computeStatCalloutsLayout(reference, { width: 680, textScale: 1.3 });
    expect(wide.numberFontSize).toBeLessThan(plain.numberFontSize);
    expect(wide.cells[0]!.label.lines.length).toBeGreaterThanOrEqual(plain.cells[0]!.label.lines.length);
    expect(wide.height).toBeGreaterThan(plain.height);
  });

  it("mirrors the grid and each cell in right-to-left", () => {
    const ltr = computeStatCalloutsLayout(reference, { width: 680 });
    const rtl = computeStatCalloutsLayout(reference, { width: 680, direction: "rtl" });
    expect(rtl.cells[0]!.box.x).toBe(680 - ltr.cells[0]!.box.x - ltr.cells[0]!.box.width);
    // The ring sits at the start edge of its cell: the right in RTL.
    expect(rtl.cells[0]!.ring!.cx).toBeGreaterThan(rtl.cells[0]!.box.x + rtl.cells[0]!.box.width / 2);
    expect(rtl.cells[0]!.label.lines[0]!.x).toBe(rtl.cells[0]!.box.x + rtl.cells[0]!.box.width - 16);
  });

  it("reads each stat as one sentence, number first", () => {
    const layout = computeStatCalloutsLayout({ ...reference, stats: [{ value: 0.72, share: true, label: "of teams plan in two-week cycles" }] });
    expect(layout.cells[0]!.sentence).toBe("72%: of teams plan in two-week cycles");
    expect(computeStatCalloutsLayout(reference).cells[1]!.sentence).toBe(
      "14 days: from an agreed scope to a shipped increment. The project manager's planning rhythm, one sprint long.",
    );
  });

  it("switches to the narrow picture where the scaled text would fall under 12 px", () => {
    const layout = computeStatCalloutsLayout(reference, { width: 680 });
    // The smallest text is the 14 px description: at 680 x 12 / 14 px wide it draws at 12 px.
    expect(layout.narrowBelow).toBe(Math.ceil((680 * 12) / 14));
  });
});
