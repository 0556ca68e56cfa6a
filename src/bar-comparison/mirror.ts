import type { BarComparisonLayout, BarTextBlock, Box, TextAlign } from "./layout-types";
import { round } from "./text-block";

/** The layout mirrored left to right, for right-to-left reading: bars grow the other way, anchors swap sides. */
export function mirrorLayout(layout: BarComparisonLayout): BarComparisonLayout {
  const w = layout.width;
  const x = (value: number) => round(w - value);
  const box = (b: Box): Box => ({ ...b, x: round(w - b.x - b.width) });
  const align = (a: TextAlign): TextAlign => (a === "left" ? "right" : a === "right" ? "left" : a);
  const text = (t: BarTextBlock): BarTextBlock => ({ lines: t.lines.map((l) => ({ ...l, x: x(l.x) })), align: align(t.align), box: box(t.box) });
  const point = (p: { cx: number; cy: number }) => ({ cx: x(p.cx), cy: p.cy });
  return {
    ...layout,
    direction: "rtl",
    legend: layout.legend.map((e) => ({ ...e, marker: point(e.marker), text: text(e.text) })),
    categories: layout.categories.map(text),
    bars: layout.bars.map((b) => ({
      ...b,
      rect: box(b.rect),
      grows: b.grows === "left" ? "right" : "left",
      focus: box(b.focus),
      label: b.label && { ...b.label, marker: point(b.label.marker), text: text(b.label.text), box: box(b.label.box) },
    })),
    axis: { ...layout.axis, zeroX: x(layout.axis.zeroX), ticks: layout.axis.ticks.map((t) => ({ ...t, x: x(t.x), text: text(t.text) })) },
    plot: { x0: x(layout.plot.x1), x1: x(layout.plot.x0) },
  };
}
