import { measureTextWidth } from "../core/text/measure";
import { wrapText } from "../core/text/wrap";

/** Which colour a run of text takes: body text, muted secondary text, or the ink on a header fill. */
export type TextTone = "text" | "muted" | "ink";

/** A font as the table uses it. */
export interface TableFont {
  /** Size in px. */
  fontSize: number;
  /** Regular or bold. */
  fontWeight: "normal" | "bold";
  /** Line height as a multiple of the size. */
  lineHeight: number;
  /** How much wider the reader's font draws than the built-in metrics (see `useTextScale`). Default 1. */
  widthScale?: number;
}

/** One wrapped line, placed at its baseline. */
export interface TextLine {
  /** The line's text, without a hyphen added by wrapping. */
  text: string;
  /** Anchor x (see the block's `anchor`), in px. */
  x: number;
  /** Baseline y, in px. */
  y: number;
  /** Estimated width of the drawn line (hyphen included), in px. */
  width: number;
  /** True when wrapping broke a word here and drew a hyphen that is not part of the text. */
  hyphen: boolean;
  /** True when a space separates this line from the next in the text (so screen readers keep words apart). */
  spaceAfter: boolean;
}

/** A run of wrapped text in one font. */
export interface TextBlock {
  /** The lines, in reading order. */
  lines: TextLine[];
  /** Font size in px. */
  fontSize: number;
  /** Font weight. */
  fontWeight: "normal" | "bold";
  /** Which end of the line `x` marks, in the reading direction. */
  anchor: "start" | "end";
  /** Colour role. */
  tone: TextTone;
}

/** Rounds to 2 decimals, so layouts compare and snapshot without float noise. */
export const round = (n: number): number => Math.round(n * 100) / 100;

/** Top of the glyphs and bottom of the descenders relative to the baseline, as a share of the font size. */
export const ASCENT = 0.8;
export const DESCENT = 0.25;

/**
 * Wraps text into a block whose first line box starts at `top`. Marks where wrapping added a hyphen and where the
 * text had a space, so that the rendered lines read back as the original words.
 */
export function wrapBlock(text: string, font: TableFont, maxWidth: number, top: number, tone: TextTone): { block: TextBlock; height: number } {
  const wrapped = wrapText(text, { ...font, maxWidth });
  const normalised = text.trim().split(/\s+/).join(" ");
  const lineBox = font.fontSize * font.lineHeight;
  let position = 0;
  const lines = wrapped.lines.map((line, i): TextLine => {
    const hyphen = line.endsWith("-") && !normalised.startsWith(line, position);
    const content = hyphen ? line.slice(0, -1) : line;
    position += content.length;
    const spaceAfter = normalised[position] === " ";
    if (spaceAfter) position += 1;
    const baseline = top + i * lineBox + lineBox / 2 + font.fontSize * 0.35;
    return { text: content, x: 0, y: round(baseline), width: round(measureTextWidth(line, font)), hyphen, spaceAfter };
  });
  return { block: { lines, fontSize: font.fontSize, fontWeight: font.fontWeight, anchor: "start", tone }, height: round(lines.length * lineBox) };
}

/** Width of the widest single word of a text, in px (the least a column needs to avoid breaking a word). */
export function longestWordWidth(text: string, font: TableFont): number {
  return Math.max(0, ...text.trim().split(/\s+/).map((word) => measureTextWidth(word, font)));
}
