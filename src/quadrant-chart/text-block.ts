import { wrapText } from "../core/text/wrap";
import { round2, type Box } from "./geometry";

/** One line of text: its content and centre point (drawn with `text-anchor: middle`, `dominant-baseline: central`). */
export interface QuadrantTextLine {
  /** The text of the line. */
  text: string;
  /** Horizontal centre. */
  x: number;
  /** Vertical centre. */
  y: number;
}

/** A block of wrapped text and its box. */
export interface QuadrantTextBlock {
  /** The box around the lines. */
  box: Box;
  /** The lines, centred in the box. */
  lines: QuadrantTextLine[];
}

/** Text wrapped to a width, not yet placed. */
export interface MeasuredText {
  /** The lines. */
  lines: string[];
  /** Width of the widest line. */
  width: number;
  /** Height of all lines. */
  height: number;
  /** Distance between lines. */
  lineHeight: number;
}

/** Line height of every text in the chart, as a multiple of its font size. */
export const LINE_HEIGHT = 1.25;

/** Wraps text to `maxWidth` at a font size, from font metrics. */
export function measure(text: string, fontSize: number, maxWidth: number, widthScale: number, bold = false): MeasuredText {
  const wrapped = wrapText(text, { fontSize, fontWeight: bold ? "bold" : "normal", lineHeight: LINE_HEIGHT, maxWidth: Math.max(1, maxWidth), widthScale });
  return { lines: wrapped.lines, width: Math.ceil(wrapped.width), height: wrapped.height, lineHeight: wrapped.lineHeight };
}

/** Places measured text with its box's top-left corner at (x, y), lines centred in the box. */
export function blockAt(text: MeasuredText, x: number, y: number): QuadrantTextBlock {
  return {
    box: { x: round2(x), y: round2(y), width: round2(text.width), height: round2(text.height) },
    lines: text.lines.map((line, i) => ({ text: line, x: round2(x + text.width / 2), y: round2(y + text.lineHeight * (i + 0.5)) })),
  };
}
