import { measureTextWidth } from "../core/text/measure";
import type { LegendEntryLayout } from "./layout-types";
import { LINE_HEIGHT, round, textBlock } from "./text-block";

/** Size of a series marker (legend and bar ends), and the gap between a marker and its text, px. */
export const MARKER = 10;
export const MARKER_GAP = 5;
const ENTRY_GAP = 18;

/**
 * The legend: one entry per series (marker, then name), flowed into lines across `[x0, x1]` from `top`; a name
 * wider than a line wraps. Returns the entries and the bottom of the last line.
 */
export function layoutLegend(labels: readonly string[], x0: number, x1: number, top: number, fontSize: number, widthScale: number): { entries: LegendEntryLayout[]; bottom: number } {
  const lineHeight = fontSize * LINE_HEIGHT;
  const entries: LegendEntryLayout[] = [];
  let x = x0;
  let y = top;
  let rowHeight = lineHeight;
  labels.forEach((label, seriesIndex) => {
    const textMax = x1 - x0 - MARKER - MARKER_GAP;
    const width = MARKER + MARKER_GAP + Math.min(textMax, measureTextWidth(label, { fontSize, widthScale }));
    if (x > x0 && x + width > x1) {
      x = x0;
      y += rowHeight + 4;
      rowHeight = lineHeight;
    }
    const text = textBlock(label, { fontSize, widthScale, maxWidth: textMax, top: y, x: x + MARKER + MARKER_GAP, align: "left" });
    rowHeight = Math.max(rowHeight, text.box.height);
    entries.push({ seriesIndex, marker: { cx: round(x + MARKER / 2), cy: round(y + lineHeight / 2) }, text });
    x += width + ENTRY_GAP;
  });
  return { entries, bottom: y + rowHeight };
}
