import { wrapText } from "../../core/text/wrap";

/** Wrapped text placed from a top edge: lines with baselines, and the height it takes. */
export interface PlacedText {
  /** Lines with their anchor x and baseline y. */
  lines: { text: string; x: number; y: number }[];
  /** Height of the block, in px. */
  height: number;
}

/** Share of the font size from the top of a line box to the baseline, for Arial-like metrics at the given line height. */
const baselineOffset = (fontSize: number, lineHeight: number) => (lineHeight - fontSize) / 2 + fontSize * 0.8;

/**
 * Wraps `text` to `maxWidth` and places its lines from `top`, each anchored at `x` (the left edge, or the right
 * edge in right-to-left text). Deterministic: the same metrics the components wrap with.
 */
export function placeText(text: string, options: { x: number; top: number; maxWidth: number; fontSize: number; bold?: boolean; lineHeight?: number }): PlacedText {
  const lineHeightRatio = options.lineHeight ?? 1.4;
  const wrapped = wrapText(text, { fontSize: options.fontSize, fontWeight: options.bold ? 700 : 400, maxWidth: Math.max(1, options.maxWidth), lineHeight: lineHeightRatio });
  const step = wrapped.lineHeight;
  const first = options.top + baselineOffset(options.fontSize, step);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    lines: wrapped.lines.map((line, i) => ({ text: line, x: round(options.x), y: round(first + i * step) })),
    height: round(wrapped.lines.length * step),
  };
}
