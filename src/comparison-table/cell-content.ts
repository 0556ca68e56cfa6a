import { measureTextWidth } from "../core/text/measure";
import type { ResolvedValue } from "./describe";
import { longestWordWidth, round, wrapBlock, type TableFont, type TextBlock, type TextTone } from "./text-block";

/** The fonts of the table, on the shared type scale (12 secondary, 14 body, 16 labels). */
export const FONTS = {
  columnLabel: { fontSize: 16, fontWeight: "bold", lineHeight: 1.3 },
  rowLabel: { fontSize: 14, fontWeight: "bold", lineHeight: 1.35 },
  body: { fontSize: 14, fontWeight: "normal", lineHeight: 1.4 },
  secondary: { fontSize: 12, fontWeight: "normal", lineHeight: 1.35 },
} as const satisfies Record<string, TableFont>;

/** The table's fonts, as the layout measures them. */
export type TableFonts = Record<keyof typeof FONTS, TableFont>;

/** The fonts with every width estimate widened by `widthScale` (the real font draws wider than the metrics). */
export function scaledFonts(widthScale: number): TableFonts {
  return Object.fromEntries(Object.entries(FONTS).map(([role, font]) => [role, { ...font, widthScale }])) as TableFonts;
}

/** Radius of the yes/no glyph's circle, space between a label and its description, list indent. */
export const GLYPH_RADIUS = 11;
const LABEL_GAP = 4;
const ITEM_GAP = 6;
const BULLET_INDENT = 16;
const BULLET_RADIUS = 2.5;
const DASH_WIDTH = 16;

/** A piece of text a column must make room for: its longest word, and its whole length on one line. */
export interface WidthNeed {
  /** Least inner width that fits the widest word (plus any indent). */
  min: number;
  /** Inner width that fits the whole text on one line. */
  ideal: number;
  /** True for content that can never wrap (a number): its width is always granted in full. */
  fixed?: boolean;
}

/** One item of a list cell, placed in the cell's content box. */
export interface ListItemLayout {
  /** Centre and radius of the bullet dot. */
  bullet: { cx: number; cy: number; r: number };
  /** The item's label. */
  label: TextBlock;
  /** The item's description, under the label. */
  description?: TextBlock;
  /** The item's link target, as given (check it with safeHref before use). */
  href?: string;
}

/** What a cell draws, in coordinates relative to its content box (top-left of the area inside the padding). */
export type CellContent =
  | { kind: "text"; blocks: TextBlock[] }
  | { kind: "number"; block: TextBlock }
  | { kind: "boolean"; value: boolean; cx: number; cy: number; r: number }
  | { kind: "missing"; x1: number; x2: number; y: number }
  | { kind: "list"; items: ListItemLayout[] };

/** A text and its font and colour, for headers that stack a label over a description. */
export interface TextPart {
  text: string;
  font: TableFont;
  tone: TextTone;
}

function textNeed(text: string, font: TableFont, indent = 0): WidthNeed {
  return { min: longestWordWidth(text, font) + indent, ideal: measureTextWidth(text.trim().split(/\s+/).join(" "), font) + indent };
}

/** The widths a stack of texts (a header's label and description) asks for. */
export function partsNeed(parts: readonly TextPart[]): WidthNeed[] {
  return parts.map((part) => textNeed(part.text, part.font));
}

/** The widths a value asks for. Numbers never wrap; `fractionRoom` is the decimal-alignment room of the column. */
export function valueNeed(value: ResolvedValue, fractionRoom: number, fonts: TableFonts = FONTS): WidthNeed[] {
  switch (value.kind) {
    case "text":
      return [textNeed(value.text, fonts.body)];
    case "number": {
      const width = measureTextWidth(value.text, fonts.body) + fractionRoom;
      return [{ min: width, ideal: width, fixed: true }];
    }
    case "boolean":
      return [{ min: GLYPH_RADIUS * 2, ideal: GLYPH_RADIUS * 2, fixed: true }];
    case "missing":
      return [{ min: DASH_WIDTH, ideal: DASH_WIDTH, fixed: true }];
    case "list":
      return value.items.flatMap((item) => [
        textNeed(item.label, fonts.body, BULLET_INDENT),
        ...(item.description ? [textNeed(item.description, fonts.secondary, BULLET_INDENT)] : []),
      ]);
  }
}

/** Lays out stacked texts (label over description) in a content box of the given width. */
export function layoutParts(parts: readonly TextPart[], width: number): { content: CellContent; height: number } {
  let top = 0;
  const blocks = parts.map((part, i) => {
    if (i > 0) top += LABEL_GAP;
    const { block, height } = wrapBlock(part.text, part.font, width, top, part.tone);
    top += height;
    return block;
  });
  return { content: { kind: "text", blocks }, height: round(top) };
}

/** Width of the part of a formatted number from its decimal separator on (0 for whole numbers). */
export function fractionWidth(text: string, decimalSeparator: string, fonts: TableFonts = FONTS): number {
  const at = text.lastIndexOf(decimalSeparator);
  return at < 0 ? 0 : measureTextWidth(text.slice(at), fonts.body);
}

/**
 * Lays out a value in a content box of the given width. Numbers are drawn at the end of the line, shifted so that
 * decimal separators line up down the column (`fractionRoom` is the column's widest fraction).
 */
export function layoutValue(
  value: ResolvedValue,
  width: number,
  fractionRoom: number,
  decimalSeparator: string,
  fonts: TableFonts = FONTS,
): { content: CellContent; height: number } {
  const body = fonts.body;
  const lineBox = body.fontSize * body.lineHeight;
  switch (value.kind) {
    case "text":
      return layoutParts([{ text: value.text, font: body, tone: "text" }], width);
    case "number": {
      // Numbers never wrap (a locale's group separator may be a space), so the line is built directly.
      const shift = fractionRoom - fractionWidth(value.text, decimalSeparator, fonts);
      const line = { text: value.text, x: round(width - shift), y: round(lineBox / 2 + body.fontSize * 0.35), width: round(measureTextWidth(value.text, body)), hyphen: false, spaceAfter: false };
      const block: TextBlock = { lines: [line], fontSize: body.fontSize, fontWeight: body.fontWeight, anchor: "end", tone: "text" };
      return { content: { kind: "number", block }, height: round(lineBox) };
    }
    case "boolean":
      return { content: { kind: "boolean", value: value.value, cx: GLYPH_RADIUS, cy: GLYPH_RADIUS, r: GLYPH_RADIUS }, height: GLYPH_RADIUS * 2 };
    case "missing":
      return { content: { kind: "missing", x1: 0, x2: DASH_WIDTH, y: round(lineBox / 2) }, height: round(lineBox) };
    case "list": {
      let top = 0;
      const items = value.items.map((item, i): ListItemLayout => {
        if (i > 0) top += ITEM_GAP;
        const label = wrapBlock(item.label, body, width - BULLET_INDENT, top, "text");
        const bullet = { cx: BULLET_RADIUS + 1, cy: round(top + lineBox / 2), r: BULLET_RADIUS };
        top += label.height;
        let description: TextBlock | undefined;
        if (item.description) {
          top += 2;
          const wrapped = wrapBlock(item.description, fonts.secondary, width - BULLET_INDENT, top, "muted");
          top += wrapped.height;
          description = wrapped.block;
        }
        for (const block of [label.block, description]) block?.lines.forEach((line) => (line.x = BULLET_INDENT));
        return { bullet, label: label.block, description, href: item.href };
      });
      return { content: { kind: "list", items }, height: round(top) };
    }
  }
}

/** The smallest font size a value draws text at (Infinity for a value drawn without text). */
export function valueSmallestFont(value: ResolvedValue): number {
  if (value.kind === "list") return Math.min(...value.items.map((item) => (item.description ? FONTS.secondary.fontSize : FONTS.body.fontSize)));
  return value.kind === "text" || value.kind === "number" ? FONTS.body.fontSize : Infinity;
}
