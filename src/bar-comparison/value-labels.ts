import type { BarValueLabel, Box } from "./layout-types";
import { MARKER, MARKER_GAP } from "./legend";
import { linearScale, type LinearScale } from "./scale";
import { round, textBlock } from "./text-block";

/** Gap between a bar end and its label outside; inset of a label inside a bar end; padding of that label's pill. */
const OUTSIDE_GAP = 6;
const INSET = 3;
const PILL_PAD = 3;
/** The most of the plot that room for labels may take before every value moves to a line of its own. */
const MAX_PAD_SHARE = 0.6;

/** A bar whose value is printed: its value (`null` for no data) and the width its marker and text need. */
export interface LabelledCell {
  /** The value, or `null`. */
  value: number | null;
  /** Width of marker, gap and text, px. */
  width: number;
}

/** How labels sit at the bar ends: the scale that leaves them room, and which of them go inside their bar. */
export interface EndPlacement {
  /** The value scale. */
  scale: LinearScale;
  /** Per cell, whether its label sits inside its bar. */
  inside: boolean[];
}

/** Width the label of a cell needs inside its bar. */
const insideNeed = (cell: LabelledCell) => cell.width + 2 * PILL_PAD + 2 * INSET;

/**
 * Finds a scale over `[x0, x1]` that leaves every label room beyond its bar end, or inside the bar when the bar is
 * long enough, by narrowing the bars' range on the side a label overflows. `undefined` when that would take more
 * than MAX_PAD_SHARE of the plot: the values then go on lines of their own.
 */
export function placeAtEnds(cells: readonly LabelledCell[], domain: [number, number], x0: number, x1: number): EndPlacement | undefined {
  const span = domain[1] - domain[0];
  let padLeft = 0;
  let padRight = 0;
  for (let round = 0; round < 24; round++) {
    if (padLeft + padRight > MAX_PAD_SHARE * (x1 - x0)) return undefined;
    const scale = linearScale(domain, x0 + padLeft, x1 - padRight);
    const base = scale.x(0);
    let needLeft = 0;
    let needRight = 0;
    const inside = cells.map((cell) => {
      const value = cell.value ?? 0;
      const end = scale.x(value);
      const overflow = value < 0 ? x0 - (end - OUTSIDE_GAP - cell.width) : end + OUTSIDE_GAP + cell.width - x1;
      if (overflow <= 0) return false;
      if (cell.value !== null && Math.abs(end - base) >= insideNeed(cell)) return true;
      // Narrowing one side moves this end by only the share of the domain between it and the other end.
      const share = value < 0 ? (domain[1] - value) / span : (value - domain[0]) / span;
      if (value < 0) needLeft = Math.max(needLeft, overflow / Math.max(0.1, share) + 0.5);
      else needRight = Math.max(needRight, overflow / Math.max(0.1, share) + 0.5);
      return false;
    });
    if (needLeft === 0 && needRight === 0) return { scale, inside };
    padLeft += needLeft;
    padRight += needRight;
  }
  return undefined;
}

/** What a label is placed from: the bar's ends, its band and the text's font. */
export interface LabelSite {
  /** x of the zero line and of the bar end. */
  base: number;
  /** x of the bar end. */
  end: number;
  /** Vertical centre of the bar. */
  cy: number;
  /** Bar thickness. */
  thickness: number;
  /** Text and its font. */
  text: string;
  /** Font size, px. */
  fontSize: number;
  /** Width scale of the reader's font. */
  widthScale: number;
  /** Whether the bar extends left of zero. */
  negative: boolean;
}

/**
 * A label at a bar end: marker next to the bar end, text beyond it. Outside the bar, or on a pill inside its end.
 * Negative bars mirror it: text, marker, then the bar.
 */
export function endLabel(site: LabelSite, inside: boolean): BarValueLabel {
  const { end, cy, fontSize, negative } = site;
  // Outwards from the bar end: +1 to the right, -1 to the left; inside a bar the label runs back towards zero.
  const out = (negative ? -1 : 1) * (inside ? -1 : 1);
  const start = end + out * (inside ? INSET + PILL_PAD : OUTSIDE_GAP);
  const markerCx = start + (out * MARKER) / 2;
  const textX = start + out * (MARKER + MARKER_GAP);
  const lineHeight = fontSize * 1.3;
  const placed = textBlock(site.text, { fontSize, widthScale: site.widthScale, maxWidth: Infinity, top: cy - lineHeight / 2, x: textX, align: out > 0 ? "left" : "right" });
  // Without a value to print, the marker stands alone.
  const text = site.text === "" ? { ...placed, lines: [], box: { ...placed.box, x: round(start + out * MARKER), width: 0 } } : placed;
  const far = site.text === "" ? start + out * MARKER : out > 0 ? text.box.x + text.box.width : text.box.x;
  const pad = inside ? PILL_PAD : 0;
  const [left, right] = out > 0 ? [start - pad, far + pad] : [far - pad, start + pad];
  const height = inside ? site.thickness - 2 : lineHeight;
  const box: Box = { x: round(left), y: round(cy - height / 2), width: round(right - left), height: round(height) };
  return { placement: inside ? "inside" : "outside", marker: { cx: round(markerCx), cy: round(cy) }, text, box };
}

/** A label on its own line above the bar, across the plot: marker, then "Series: value", wrapped. */
export function rowLabel(text: string, x0: number, x1: number, top: number, fontSize: number, widthScale: number): BarValueLabel {
  const block = textBlock(text, { fontSize, widthScale, maxWidth: x1 - x0 - MARKER - MARKER_GAP, top, x: x0 + MARKER + MARKER_GAP, align: "left" });
  const box: Box = { x: round(x0), y: block.box.y, width: round(MARKER + MARKER_GAP + block.box.width), height: block.box.height };
  return { placement: "row", marker: { cx: round(x0 + MARKER / 2), cy: round(top + (fontSize * 1.3) / 2) }, text: block, box };
}
