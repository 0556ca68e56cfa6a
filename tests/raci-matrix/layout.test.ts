import { describe, expect, it } from "vitest";
import { computeRaciMatrixLayout } from "../../src/raci-matrix/layout";
import type { RaciMatrixProps } from "../../src/raci-matrix/types";
import fixture from "../../stories/fixtures/raci-matrix.json";

const reference = fixture as RaciMatrixProps;

describe("computeRaciMatrixLayout", () => {
  it("lays out one row per task and one equal column per role, and keeps the table at 680 px", () => {
    const layout = computeRaciMatrixLayout(reference);
    expect(layout.width).toBe(680);
    expect(layout.rows).toHaveLength(reference.tasks.length);
    expect(new Set(layout.roles.map((role) => role.width)).size).toBe(1);
    expect(layout.header.cells.map((cell) => cell.role)).toEqual(["cell", ...reference.roles.map(() => "columnheader")]);
    expect(layout.rows[0]!.cells.map((cell) => cell.role)).toEqual(["rowheader", ...reference.roles.map(() => "cell")]);
  });

  it("reads each cell's codes in words, in the order of R, A, C, I", () => {
    const layout = computeRaciMatrixLayout({
      ...reference,
      tasks: [{ label: "Mixed", assignments: { product: ["A", "R"], project: ["I", "C", "R"], engineering: "I" } }],
    });
    expect(layout.rows[0]!.cells.slice(1).map((cell) => cell.text)).toEqual([
      "Responsible and accountable",
      "Responsible, consulted and informed",
      "Informed",
      "Not involved",
      "Not involved",
    ]);
    expect(layout.rows[0]!.cells[1]!.badges.map((badge) => badge.code)).toEqual(["R", "A"]);
  });

  it("mirrors for right-to-left: task names on the right, the first role next to them", () => {
    const ltr = computeRaciMatrixLayout(reference);
    const rtl = computeRaciMatrixLayout(reference, { direction: "rtl" });
    const [task, first] = rtl.rows[0]!.cells;
    expect(task!.box.x).toBeGreaterThan(first!.box.x);
    expect(task!.box.x).toBeCloseTo(ltr.width - ltr.rows[0]!.cells[0]!.box.x - ltr.rows[0]!.cells[0]!.box.width, 1);
    expect(rtl.rows[0]!.cells[1]!.badges.map((b) => b.code)).toEqual(["R", "A"]);
    expect(rtl.rows[0]!.cells[1]!.badges[0]!.cx).toBeGreaterThan(rtl.rows[0]!.cells[1]!.badges[1]!.cx);
  });

  it("gives narrow cards that list Accountable first, then Responsible, Consulted, Informed and who is not involved", () => {
    const card = computeRaciMatrixLayout(reference).narrow[5]!;
    expect(card.label).toBe("Marketing and sales");
    expect(card.assignments.map((entry) => `${entry.word}: ${entry.roles.join(", ")}`)).toEqual([
      "Accountable: Product manager",
      "Responsible: Marketing",
      "Consulted: Design lead",
      "Informed: Engineering lead",
      "Not involved: Project manager",
    ]);
  });

  it("places the legend under the table, and none when legend is false", () => {
    const layout = computeRaciMatrixLayout(reference);
    expect(layout.legend!.y).toBe(layout.height);
    expect(layout.legend!.entries.map((entry) => entry.word.lines.map((l) => l.text).join(" "))).toEqual(["Responsible", "Accountable", "Consulted", "Informed"]);
    expect(computeRaciMatrixLayout({ ...reference, legend: false }).legend).toBeUndefined();
  });

  it("grows wider than asked when eight roles cannot fit their longest words, and moves the switch to cards with it", () => {
    const roles = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, label: `Stakeholder${i} representative` }));
    const layout = computeRaciMatrixLayout({ title: "Eight", roles, tasks: [{ label: "Sign-off", assignments: { r0: "A" } }] });
    expect(layout.width).toBeGreaterThan(680);
    expect(layout.narrowBelow).toBeGreaterThan(680);
  });
});
