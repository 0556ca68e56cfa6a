import { BOLD_WIDTHS, METRIC_RANGES, REGULAR_WIDTHS } from "./font-metrics";

/** Font weight as the measurer understands it: regular or bold (600 and above). */
export type FontWeight = "normal" | "bold" | number;

/** A font for measuring: its size in px and weight. */
export interface TextStyle {
  /** Font size in px. */
  fontSize: number;
  /** Font weight; 600 and above measure as bold. */
  fontWeight?: FontWeight;
  /** How much wider the reader's font draws than the built-in metrics, once measured in a browser. Default 1. */
  widthScale?: number;
}

/**
 * Widths of scripts the tables do not cover, in em, measured in Chromium with common fallback fonts and
 * rounded up a little: over-estimating wraps a line early, under-estimating overflows.
 */
const CJK_WIDTH = 0.98;
const EMOJI_WIDTH = 1.25;
const ARABIC_WIDTH = 0.47;
const HEBREW_WIDTH = 0.53;
const CYRILLIC_GREEK_WIDTH = 0.56;
const OTHER_WIDTH = 0.6;

/** Every estimate is padded by this factor so that fonts a little wider than Arial still fit. */
const SAFETY_FACTOR = 1.03;

const EMOJI = /\p{Extended_Pictographic}/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f]|[\u{1f3fb}-\u{1f3ff}]/u;

/** True for a character of a script written without spaces between words (Chinese, Japanese, Korean). */
export function isCjk(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

function tableWidth(code: number, bold: boolean): number | undefined {
  let offset = 0;
  for (const [from, to] of METRIC_RANGES) {
    if (code >= from && code <= to) return ((bold ? BOLD_WIDTHS : REGULAR_WIDTHS)[offset + code - from] ?? 0) / 1000;
    offset += to - from + 1;
  }
  return undefined;
}

function charWidthEm(char: string, bold: boolean): number {
  const code = char.codePointAt(0) ?? 0;
  const known = tableWidth(code, bold);
  if (known !== undefined) return known;
  if (ZERO_WIDTH.test(char)) return 0;
  if (EMOJI.test(char)) return EMOJI_WIDTH;
  if (isCjk(char)) return CJK_WIDTH;
  if (code >= 0x0600 && code <= 0x06ff) return ARABIC_WIDTH;
  if (code >= 0x0590 && code <= 0x05ff) return HEBREW_WIDTH;
  if (code >= 0x0370 && code <= 0x04ff) return CYRILLIC_GREEK_WIDTH;
  return OTHER_WIDTH * (bold ? 1.05 : 1);
}

/** Estimates the rendered width of one line of text in px, from font metrics alone (no DOM). */
export function measureTextWidth(text: string, style: TextStyle): number {
  const bold = isBold(style.fontWeight);
  let em = 0;
  let afterJoiner = false;
  for (const char of text) {
    // The second half of an emoji ZWJ sequence (👩‍💻) draws into the first glyph.
    if (afterJoiner && EMOJI.test(char)) {
      afterJoiner = false;
      continue;
    }
    afterJoiner = char === "\u200d";
    em += charWidthEm(char, bold);
  }
  return em * style.fontSize * SAFETY_FACTOR * (style.widthScale ?? 1);
}

/** True when a weight measures as bold. */
export function isBold(weight: FontWeight | undefined): boolean {
  if (weight === "bold") return true;
  return typeof weight === "number" && weight >= 600;
}
