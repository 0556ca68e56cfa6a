import { wrapText } from "../core/text/wrap";
import type { BarTextBlock, TextAlign } from "./layout-types";

/** Line height of every text in the drawing, as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;

/** Rounds to hundredths of a px, so that the markup stays short and server and client agree. */
export const round = (value: number) => Math.round(value * 100) / 100;

/** What a text block needs: font, box width, where its top is and where its lines anchor. */
export interface BlockOptions {
  /** Font size, px. */
  fontSize: number;
  /** Bold text. */
  bold?: boolean;
  /** How much wider the reader's font draws than the metrics. */
  widthScale: number;
  /** Widest a line may be, px. */
  maxWidth: number;
  /** Top of the block. */
  top: number;
  /** The anchor x of every line. */
  x: number;
  /** Where that x sits on the line. */
  align: TextAlign;
}

/** Wraps `text` to `maxWidth` and places its lines from `top`, each centred vertically on its own line box. */
export function textBlock(text: string, o: BlockOptions): BarTextBlock {
  const wrapped = wrapText(text, { fontSize: o.fontSize, fontWeight: o.bold ? 700 : 400, widthScale: o.widthScale, maxWidth: Math.max(1, o.maxWidth), lineHeight: LINE_HEIGHT });
  const left = o.align === "left" ? o.x : o.align === "right" ? o.x - wrapped.width : o.x - wrapped.width / 2;
  return {
    lines: wrapped.lines.map((line, i) => ({ text: line, x: round(o.x), y: round(o.top + wrapped.lineHeight * (i + 0.5)) })),
    align: o.align,
    box: { x: round(left), y: round(o.top), width: round(wrapped.width), height: round(wrapped.height) },
  };
}
