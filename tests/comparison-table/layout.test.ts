import { describe, expect, it } from "vitest";
import { computeComparisonTableLayout, type TableCellLayout } from "../../src/comparison-table/layout";
import type { ComparisonTableProps } from "../../src/comparison-table/types";
import { measureTextWidth } from "../../src/core/text/measure";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";

const reference = fixture.comparison as ComparisonTableProps;

const lines = (cell: TableCellLayout) => {
  const c = cell.content;
  if (c.kind === "text") return c.blocks.flatMap((b) => b.lines);
  if (c.kind === "number") return c.block.lines;
  if (c.kind === "list") return c.items.flatMap((i) => i.label.lines);
  return [];
};

const plans: ComparisonTableProps = {
  title: "Plans",
  columns: [
    { id: "free", label: "Free" },
    { id: "team", label: "Team" },
  ],
  rows: [
    { label: "Price", values: { free: 12.5, team: 1250 } },
    { label: "Seats", values: { free: 250, team: 10 } },
    { label: "Single sign-on", values: { free: false, team: true } },
    { label: "Audit log", values: { team: null } },
  ],
};

describe("computeComparisonTableLayout", () => {
  it("lays the reference content out at the default 680 px without breaking any word", () => {
    const layout = computeComparisonTableLayout(reference);
    expect(layout.width).toBe(680);
    expect(layout.rows).toHaveLength(reference.rows.length);
    const allLines = [layout.header, ...layout.rows].flatMap((row) => row.cells.flatMap(lines));
    expect(allLines.some((line) => line.hyphen)).toBe(false);
    expect(allLines.map((line) => line.text)).toContain("Product manager");
  });

  it("makes every row as tall as its tallest cell", () => {
    const layout = computeComparisonTableLayout(reference);
    const responsibilities = layout.rows[3]!;
    const list = responsibilities.cells[1]!;
    expect(list.content.kind).toBe("list");
    expect(responsibilities.box.height).toBe(list.box.height);
    expect(responsibilities.box.height).toBeGreaterThan(layout.rows[0]!.box.height * 2);
  });

  it("gives more width to the column with more to say", () => {
    const layout = computeComparisonTableLayout({
      title: "Uneven",
      columns: [
        { id: "short", label: "Short" },
        { id: "long", label: "Long" },
      ],
      rows: [{ label: "Aspect", values: { short: "Yes", long: "A considerably longer answer that needs far more room than the other one" } }],
    });
    const [short, long] = layout.columns;
    expect(long!.width).toBeGreaterThan(short!.width * 1.5);
  });

  it("widens the drawing rather than break short words when six columns do not fit", () => {
    const word = "Characteristically";
    const columns = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `${word} ${i}` }));
    const layout = computeComparisonTableLayout({ title: "Wide", columns, rows: [{ label: word, values: {} }] });
    expect(layout.width).toBeGreaterThan(680);
    expect(layout.header.cells.flatMap(lines).some((line) => line.hyphen)).toBe(false);
    expect(layout.narrowBelow).toBeCloseTo((layout.width * 12) / 14, 1);
  });

  it("switches to cards below the width where the smallest text would drop under 12 px", () => {
    expect(computeComparisonTableLayout(reference).narrowBelow).toBeCloseTo((680 * 12) / 14, 1);
    const withDescription = { ...reference, columns: [{ ...reference.columns[0]!, description: "Owns the why" }, reference.columns[1]!] };
    expect(computeComparisonTableLayout(withDescription).narrowBelow).toBe(680);
  });

  it("formats numbers for the locale, aligns them at the end and lines up the decimal separators", () => {
    const layout = computeComparisonTableLayout(plans, { locale: "de-DE" });
    const [price, seats] = [layout.rows[0]!.cells[1]!, layout.rows[1]!.cells[1]!];
    expect(lines(price)[0]!.text).toBe("12,5");
    expect(lines(computeComparisonTableLayout(plans).rows[0]!.cells[2]!)[0]!.text).toBe("1,250");
    if (price.content.kind !== "number" || seats.content.kind !== "number") throw new Error("numbers expected");
    expect(price.content.block.anchor).toBe("end");
    expect(lines(price)[0]!.x).toBeCloseTo(price.contentBox.width, 1);
    // "250" ends where the "12" of "12,5" ends: the separator and fraction hang past it.
    expect(lines(price)[0]!.x - lines(seats)[0]!.x).toBeCloseTo(measureTextWidth(",5", { fontSize: 14 }), 1);
  });

  it("reads yes/no as Yes and No, and null or a missing key as Not applicable", () => {
    const layout = computeComparisonTableLayout(plans);
    expect(layout.rows[2]!.cells.slice(1).map((c) => [c.content.kind, c.text])).toEqual([
      ["boolean", "No"],
      ["boolean", "Yes"],
    ]);
    expect(layout.rows[3]!.cells.slice(1).map((c) => [c.content.kind, c.text])).toEqual([
      ["missing", "Not applicable"],
      ["missing", "Not applicable"],
    ]);
  });

  it("outlines the highlighted column from its header to its last cell", () => {
    const layout = computeComparisonTableLayout({ ...reference, highlightColumnId: "project" });
    const column = layout.columns[1]!;
    expect(column.highlighted).toBe(true);
    expect(layout.columns[0]!.highlighted).toBe(false);
    const box = layout.highlight!;
    expect(box.x).toBeLessThan(column.x);
    expect(box.x + box.width).toBeGreaterThan(column.x + column.width);
    const last = layout.rows.at(-1)!.box;
    expect(box.y).toBeLessThan(layout.header.box.y);
    expect(box.y + box.height).toBeGreaterThan(last.y + last.height);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
  });

  it("mirrors for right-to-left: row labels on the right, first column next to them", () => {
    const ltr = computeComparisonTableLayout(reference);
    const rtl = computeComparisonTableLayout(reference, { direction: "rtl" });
    expect(rtl.direction).toBe("rtl");
    const [labels, first, second] = rtl.header.cells.map((c) => c.box.x);
    expect(labels).toBeGreaterThan(first!);
    expect(first).toBeGreaterThan(second!);
    expect(rtl.header.cells[0]!.box.x + rtl.header.cells[0]!.box.width).toBeCloseTo(ltr.width - ltr.header.cells[0]!.box.x, 1);
  });

  it("builds one card per column for narrow containers, listing every row with that column's value", () => {
    const layout = computeComparisonTableLayout(plans);
    expect(layout.narrow.map((card) => card.label)).toEqual(["Free", "Team"]);
    expect(layout.narrow[1]!.entries.map((e) => [e.label, e.value.text])).toEqual([
      ["Price", "1,250"],
      ["Seats", "10"],
      ["Single sign-on", "Yes"],
      ["Audit log", "Not applicable"],
    ]);
  });
});
