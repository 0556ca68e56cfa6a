import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellContent } from "../../src/comparison-table/cell-content";
import { computeComparisonTableLayout, type ComparisonTableLayout, type TableCellLayout } from "../../src/comparison-table/layout";
import { ASCENT, DESCENT, type TextBlock } from "../../src/comparison-table/text-block";
import type { ComparisonTableProps, ComparisonValue } from "../../src/comparison-table/types";

const EPSILON = 0.02;
const shortWord = fc.constantFrom("the", "budget", "team", "delivery", "vision", "is", "on", "time", "scope", "stakeholders");
const longWord = fc.stringMatching(/^[a-z]{12,48}$/);
const word = fc.oneof({ weight: 5, arbitrary: shortWord }, { weight: 1, arbitrary: longWord });
const text = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(" "));
const item = fc.oneof(text, fc.record({ label: text, description: fc.option(text, { nil: undefined }) }));
const value: fc.Arbitrary<ComparisonValue> = fc.oneof(
  text,
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -100000, max: 100000 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(item, { minLength: 1, maxLength: 4 }),
);

const tableProps: fc.Arbitrary<ComparisonTableProps> = fc
  .record({
    columnLabels: fc.array(fc.record({ label: text, description: fc.option(text, { nil: undefined }) }), { minLength: 2, maxLength: 6 }),
    rowCount: fc.integer({ min: 1, max: 20 }),
    rowHeaderLabel: fc.option(text, { nil: undefined }),
    highlight: fc.nat(),
  })
  .chain(({ columnLabels, rowCount, rowHeaderLabel, highlight }) => {
    const columns = columnLabels.map((column, i) => ({ id: `c${i}`, ...column }));
    const row = fc.record({
      label: text,
      description: fc.option(text, { nil: undefined }),
      values: fc.tuple(...columns.map(() => fc.option(value, { nil: undefined }))).map((vs) => {
        const values: Record<string, ComparisonValue> = {};
        vs.forEach((v, i) => {
          if (v !== undefined) values[`c${i}`] = v;
        });
        return values;
      }),
    });
    return fc.array(row, { minLength: rowCount, maxLength: rowCount }).map((rows) => ({
      title: "Random table",
      columns,
      rows,
      rowHeaderLabel,
      highlightColumnId: highlight % 3 === 0 ? undefined : columns[highlight % columns.length]?.id,
    }));
  });

function blocksOf(content: CellContent): TextBlock[] {
  switch (content.kind) {
    case "text":
      return content.blocks;
    case "number":
      return [content.block];
    case "list":
      return content.items.flatMap((i) => (i.description ? [i.label, i.description] : [i.label]));
    default:
      return [];
  }
}

/** Fails with a message naming the cell (plain checks: `expect` per line is too slow for hundreds of tables). */
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/** Every drawn line, every glyph and every bullet lies inside the cell's content box. */
function expectContentInside(cell: TableCellLayout, rtl: boolean): void {
  const { width, height } = cell.contentBox;
  for (const block of blocksOf(cell.content)) {
    for (const line of block.lines) {
      // `start` runs towards the reading direction's end: rightwards in LTR, leftwards in RTL.
      const runsRight = (block.anchor === "start") !== rtl;
      const left = runsRight ? line.x : line.x - line.width;
      check(left >= -EPSILON && left + line.width <= width + EPSILON, `${cell.key} "${line.text}" runs out sideways`);
      check(line.y - block.fontSize * ASCENT >= -EPSILON, `${cell.key} "${line.text}" pokes out of the top`);
      check(line.y + block.fontSize * DESCENT <= height + EPSILON, `${cell.key} "${line.text}" hangs below`);
    }
  }
  const c = cell.content;
  if (c.kind === "boolean") check(c.cx - c.r >= -EPSILON && c.cx + c.r <= width + EPSILON && c.cy + c.r <= height + EPSILON, `${cell.key} glyph`);
  if (c.kind === "missing") check(Math.min(c.x1, c.x2) >= -EPSILON && Math.max(c.x1, c.x2) <= width + EPSILON, `${cell.key} dash`);
  if (c.kind === "list") for (const i of c.items) check(i.bullet.cx - i.bullet.r >= -EPSILON && i.bullet.cx + i.bullet.r <= width + EPSILON, `${cell.key} bullet`);
  check(cell.contentBox.x >= cell.box.x && cell.contentBox.x + width <= cell.box.x + cell.box.width + EPSILON, `${cell.key} content box`);
  check(cell.contentBox.y + height <= cell.box.y + cell.box.height + EPSILON, `${cell.key} content box height`);
}

function everyNumber(value: unknown, visit: (n: number) => void): void {
  if (typeof value === "number") visit(value);
  else if (Array.isArray(value)) value.forEach((v) => everyNumber(v, visit));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => everyNumber(v, visit));
}

function allRows(layout: ComparisonTableLayout) {
  return [layout.header, ...layout.rows];
}

describe("computeComparisonTableLayout over random tables", { timeout: 60_000 }, () => {
  it("keeps every cell's text, glyphs and bullets inside its cell, in both directions", () => {
    fc.assert(
      fc.property(tableProps, fc.constantFrom("ltr" as const, "rtl" as const), (props, direction) => {
        const layout = computeComparisonTableLayout(props, { direction });
        for (const row of allRows(layout)) for (const cell of row.cells) expectContentInside(cell, direction === "rtl");
      }),
      { numRuns: 120 },
    );
  });

  it("stacks rows without overlap and keeps every cell inside its row and the drawing", () => {
    fc.assert(
      fc.property(tableProps, (props) => {
        const layout = computeComparisonTableLayout(props);
        let bottom = 0;
        for (const row of allRows(layout)) {
          expect(row.box.y).toBeGreaterThanOrEqual(bottom);
          bottom = row.box.y + row.box.height;
          let right = 0;
          for (const cell of row.cells) {
            expect(cell.box.x).toBeGreaterThanOrEqual(right);
            right = cell.box.x + cell.box.width;
            expect(cell.box.y).toBe(row.box.y);
            expect(cell.box.height).toBe(row.box.height);
          }
          expect(right).toBeLessThanOrEqual(layout.width + EPSILON);
        }
        expect(bottom).toBeLessThanOrEqual(layout.height);
        expect(layout.rows).toHaveLength(props.rows.length);
        expect(layout.header.cells).toHaveLength(props.columns.length + 1);
      }),
      { numRuns: 120 },
    );
  });

  it("produces no NaN or infinite numbers, never draws under 12 px, and is deterministic", () => {
    fc.assert(
      fc.property(tableProps, (props) => {
        const layout = computeComparisonTableLayout(props);
        everyNumber(layout, (n) => check(Number.isFinite(n), `found ${n}`));
        expect(layout.smallestFontSize).toBeGreaterThanOrEqual(12);
        expect(layout.narrowBelow).toBeGreaterThanOrEqual(layout.width * (12 / 16) - EPSILON);
        expect(computeComparisonTableLayout(props)).toEqual(layout);
      }),
      { numRuns: 100 },
    );
  });

  it("wraps text so that its lines read back as the original words", () => {
    fc.assert(
      fc.property(tableProps, (props) => {
        const layout = computeComparisonTableLayout(props);
        layout.rows.forEach((row, r) => {
          const source = props.rows[r]!;
          const header = row.cells[0]!.content;
          if (header.kind !== "text") throw new Error("row header must be text");
          const read = header.blocks[0]!.lines.map((l) => l.text + (l.spaceAfter ? " " : "")).join("");
          expect(read).toBe(source.label);
        });
      }),
      { numRuns: 100 },
    );
  });
});
