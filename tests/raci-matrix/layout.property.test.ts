import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ASCENT, DESCENT, type TextBlock } from "../../src/comparison-table/text-block";
import { computeRaciMatrixLayout, type RaciBox, type RaciMatrixLayout } from "../../src/raci-matrix/layout";
import type { RaciCode, RaciMatrixProps } from "../../src/raci-matrix/types";

const EPSILON = 0.02;
const shortWord = fc.constantFrom("the", "budget", "team", "delivery", "vision", "is", "on", "scope", "stakeholders", "lead");
const longWord = fc.stringMatching(/^[a-z]{12,40}$/);
const word = fc.oneof({ weight: 6, arbitrary: shortWord }, { weight: 1, arbitrary: longWord });
const text = fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(" "));
const codes = fc.subarray<RaciCode>(["R", "A", "C", "I"]);

const matrixProps: fc.Arbitrary<RaciMatrixProps> = fc
  .record({ roleLabels: fc.array(text, { minLength: 2, maxLength: 8 }), taskCount: fc.integer({ min: 1, max: 12 }), legend: fc.boolean() })
  .chain(({ roleLabels, taskCount, legend }) => {
    const roles = roleLabels.map((label, i) => ({ id: `r${i}`, label }));
    const task = fc.record({
      label: text,
      description: fc.option(text, { nil: undefined }),
      assignments: fc.tuple(...roles.map(() => codes)).map((held) => Object.fromEntries(held.map((c, i) => [`r${i}`, c] as const).filter(([, c]) => c.length > 0))),
    });
    return fc.array(task, { minLength: taskCount, maxLength: taskCount }).map((tasks) => ({ title: "Random matrix", roles, tasks, legend }));
  });

function blockBox(block: TextBlock): RaciBox[] {
  return block.lines.map((line) => ({ x: line.x, y: line.y - ASCENT * block.fontSize, width: line.width, height: (ASCENT + DESCENT) * block.fontSize }));
}

const inside = (inner: RaciBox, outer: RaciBox) =>
  inner.x >= outer.x - EPSILON && inner.y >= outer.y - EPSILON && inner.x + inner.width <= outer.x + outer.width + EPSILON && inner.y + inner.height <= outer.y + outer.height + EPSILON;
const overlap = (a: RaciBox, b: RaciBox) => a.x < b.x + b.width - EPSILON && b.x < a.x + a.width - EPSILON && a.y < b.y + b.height - EPSILON && b.y < a.y + a.height - EPSILON;

function everyCell(layout: RaciMatrixLayout) {
  return [layout.header, ...layout.rows].flatMap((row) => row.cells);
}

describe("computeRaciMatrixLayout, for any content", () => {
  it.each([680, 360, 1000])("keeps every text and badge inside its cell, with no two overlapping (width %i)", (width) => {
    fc.assert(
      fc.property(matrixProps, fc.constantFrom("ltr", "rtl" as const), (props, direction) => {
        const layout = computeRaciMatrixLayout(props, { width, direction });
        for (const cell of everyCell(layout)) {
          const marks = [
            ...cell.blocks.flatMap(blockBox),
            ...cell.badges.map((b) => ({ x: b.cx - b.r, y: b.cy - b.r, width: 2 * b.r, height: 2 * b.r })),
          ];
          // RTL text anchors at the line's right end: its box starts one line width to the left.
          const placed = direction === "rtl" ? marks.map((m, i) => (i < cell.blocks.flatMap(blockBox).length ? { ...m, x: m.x - m.width } : m)) : marks;
          for (const mark of placed) expect(inside(mark, cell.box), `${cell.key} ${cell.text}`).toBe(true);
          placed.forEach((a, i) => placed.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
        }
        // Cells never overlap each other, and the drawing holds them all.
        const boxes = everyCell(layout).map((cell) => cell.box);
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
        for (const box of boxes) expect(inside(box, { x: 0, y: 0, width: layout.width, height: layout.height })).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("draws no text under 12 px, and switches to cards before scaling would", () => {
    fc.assert(
      fc.property(matrixProps, (props) => {
        const layout = computeRaciMatrixLayout(props);
        const sizes = everyCell(layout).flatMap((cell) => cell.blocks.map((block) => block.fontSize));
        expect(Math.min(...sizes, 14)).toBeGreaterThanOrEqual(12);
        expect(layout.smallestFontSize).toBeLessThanOrEqual(Math.min(...sizes, 14));
        // At the switch the table is drawn at narrowBelow / width of its size: its smallest text stays at 12 px.
        expect(((layout.narrowBelow + 1) / layout.width) * layout.smallestFontSize).toBeGreaterThanOrEqual(12 - EPSILON);
      }),
      { numRuns: 60 },
    );
  });

  it("lists every assignment of every task in the narrow cards, nothing lost", () => {
    fc.assert(
      fc.property(matrixProps, (props) => {
        const { narrow } = computeRaciMatrixLayout(props);
        props.tasks.forEach((task, t) => {
          const listed = props.roles.map((role) =>
            narrow[t]!.assignments.filter((entry) => entry.roles.includes(role.label)).map((entry) => entry.code ?? "none"),
          );
          props.roles.forEach((role, r) => {
            const given = task.assignments[role.id];
            const expected = given === undefined || given.length === 0 ? ["none"] : [...new Set(Array.isArray(given) ? given : [given])];
            // Labels may repeat across roles; compare as sets only when they are unique.
            if (props.roles.filter((other) => other.label === role.label).length === 1) expect(new Set(listed[r])).toEqual(new Set(expected));
          });
        });
      }),
      { numRuns: 60 },
    );
  });
});
