import type { TextStyle } from "../core/text/measure";
import { type LayoutFrame, round2 } from "../lifecycle-timeline/layout-frame";
import type { AnchoredText, TextAnchor } from "./layout-types";

/** Type sizes on the house scale (12 / 14 / 16). */
export const CYCLE_FONTS = {
  label: { fontSize: 16, fontWeight: "bold" },
  center: { fontSize: 16, fontWeight: "bold" },
  heading: { fontSize: 16, fontWeight: "bold" },
  description: { fontSize: 14 },
  note: { fontSize: 14 },
} as const satisfies Record<string, TextStyle>;

/** Size of the numbers in the markers. */
export const NUMBER_FONT_SIZE = 14;
/** Radius of a step's numbered marker. */
export const MARKER_RADIUS = 16;
/** Space kept clear round the picture so that focus rings stay inside the view box. */
export const INSET = 4;
/** Distance from a label to its focus ring. */
export const RING_OFFSET = 4;

/** The size `text` takes when wrapped to `maxWidth` (the font's measured scale included). */
export function blockSize(frame: LayoutFrame, text: string, style: TextStyle, maxWidth: number): { width: number; height: number } {
  const { box } = frame.text(text, style, 0, 0, maxWidth);
  return { width: box.width, height: box.height };
}

/**
 * Wraps `text` into the box whose LTR left edge is `left` and whose lines may be `maxWidth` wide, drawn from the
 * given anchor: `start` lines hug the left edge (in LTR), `end` lines the edge `width` further on, `middle` lines
 * centre on it.
 */
export function anchoredText(frame: LayoutFrame, text: string, style: TextStyle, left: number, top: number, maxWidth: number, anchor: TextAnchor): AnchoredText {
  const block = frame.text(text, style, left, top, maxWidth);
  const offset = anchor === "start" ? 0 : anchor === "end" ? block.box.width : block.box.width / 2;
  return { ...block, anchor, x: frame.x(round2(left + offset)) };
}

/**
 * The repeat sentence is in English whatever the labels' script: in an RTL picture each of its lines is isolated as
 * left-to-right, so that "After … comes … again." keeps its word order round right-to-left labels.
 */
export function englishLines(block: AnchoredText, rtl: boolean): AnchoredText {
  return rtl ? { ...block, lines: block.lines.map((line) => `\u2066${line}\u2069`) } : block;
}
