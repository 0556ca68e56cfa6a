import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureTextWidth } from "../../src/core/text/measure";
import { computeStatCalloutsLayout, type StatCalloutsProps, type StatTextBlock } from "../../src/stat-callouts";

const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom("of", "teams", "ship", "weekly", "roadmap", "budget", "stakeholders", "on", "time") }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{12,40}$/) });
const text = fc.array(word, { minLength: 1, maxLength: 16 }).map((words) => words.join(" "));
const stat = fc.oneof(
  fc.record({ value: fc.double({ min: 0, max: 1, noNaN: true }), share: fc.constant(true), label: text, description: fc.option(text, { nil: undefined }) }),
  fc.record({
    value: fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })),
    label: text,
    description: fc.option(text, { nil: undefined }),
    format: fc.option(fc.constantFrom<Intl.NumberFormatOptions>({ style: "currency", currency: "USD" }, { notation: "compact" }, { style: "unit", unit: "day", unitDisplay: "long" }), { nil: undefined }),
  }),
);
const props: fc.Arbitrary<StatCalloutsProps> = fc.record({ title: fc.constant("Stats"), stats: fc.array(stat, { minLength: 1, maxLength: 6 }) });

type Box = { x: number; y: number; width: number; height: number };
const EPSILON = 0.05;

function textBox(block: StatTextBlock, rtl: boolean, bold = false): Box {
  const widths = block.lines.map((line) => measureTextWidth(line.text, { fontSize: block.fontSize, fontWeight: bold ? 700 : 400 }));
  const width = Math.max(...widths);
  const x = block.lines[0]!.x;
  const lineHeight = block.lines.length > 1 ? block.lines[1]!.y - block.lines[0]!.y : block.height;
  // Top of the line box from the first baseline: the ascent plus half the leading.
  const top = block.lines[0]!.y - block.fontSize * 0.8 - (lineHeight - block.fontSize) / 2;
  return { x: rtl ? x - width : x, y: top, width, height: block.height };
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - EPSILON && inner.y >= outer.y - EPSILON && inner.x + inner.width <= outer.x + outer.width + EPSILON && inner.y + inner.height <= outer.y + outer.height + EPSILON;
const apart = (a: Box, b: Box) => a.x + a.width <= b.x + EPSILON || b.x + b.width <= a.x + EPSILON || a.y + a.height <= b.y + EPSILON || b.y + b.height <= a.y + EPSILON;

describe("stat callouts layout, for any content", () => {
  it("keeps every text inside its card, no two parts overlapping, nothing under 12 px, no two cards overlapping", () => {
    fc.assert(
      fc.property(props, fc.integer({ min: 200, max: 1000 }), fc.boolean(), (p, width, rtl) => {
        const layout = computeStatCalloutsLayout(p, { width, direction: rtl ? "rtl" : "ltr" });
        expect(layout.width).toBeLessThanOrEqual(Math.max(width, 176));
        for (const cell of layout.cells) {
          const card = { x: cell.box.x + 16, y: cell.box.y + 16, width: cell.box.width - 32, height: cell.box.height - 32 };
          const parts = [textBox(cell.value, rtl, true), textBox(cell.label, rtl), ...(cell.description ? [textBox(cell.description, rtl)] : [])];
          if (cell.ring) parts.push({ x: cell.ring.cx - cell.ring.r - cell.ring.thickness / 2, y: cell.ring.cy - cell.ring.r - cell.ring.thickness / 2, width: 2 * cell.ring.r + cell.ring.thickness, height: 2 * cell.ring.r + cell.ring.thickness });
          for (const part of parts) expect(inside(part, card)).toBe(true);
          for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) expect(apart(parts[i]!, parts[j]!)).toBe(true);
          for (const block of [cell.value, cell.label, cell.description]) if (block) expect(block.fontSize).toBeGreaterThanOrEqual(12);
          expect(cell.box.x).toBeGreaterThanOrEqual(-EPSILON);
          expect(cell.box.x + cell.box.width).toBeLessThanOrEqual(layout.width + EPSILON);
        }
        for (let i = 0; i < layout.cells.length; i++)
          for (let j = i + 1; j < layout.cells.length; j++) expect(apart(layout.cells[i]!.box, layout.cells[j]!.box)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
