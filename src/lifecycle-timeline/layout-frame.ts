import type { TextStyle } from "../core/text/measure";
import { wrapText } from "../core/text/wrap";
import type { Box, TextBlock } from "./layout-types";

/** Type sizes on the house scale (12 / 14 / 16). */
export const FONTS = {
  label: { fontSize: 16, fontWeight: "bold" },
  number: { fontSize: 14, fontWeight: "bold" },
  period: { fontSize: 12 },
  description: { fontSize: 14 },
  laneLabel: { fontSize: 14, fontWeight: "bold" },
  span: { fontSize: 14 },
  legend: { fontSize: 14 },
  heading: { fontSize: 16, fontWeight: "bold" },
  item: { fontSize: 14 },
  itemDescription: { fontSize: 12 },
  note: { fontSize: 14 },
} as const satisfies Record<string, TextStyle>;

/** Radius of a stage marker. */
export const MARKER_RADIUS = 14;
/** Distance from a stage's content to its focus ring. */
export const RING_OFFSET = 6;

/** Rounds to 2 decimals, so layouts compare and snapshot without float noise. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Where the first baseline of a text sits, from the top of its first line box. */
function firstBaseline(top: number, lineHeight: number, fontSize: number): number {
  return top + lineHeight / 2 + fontSize * 0.35;
}

/**
 * Places geometry written left to right into the view box, mirrored for RTL, rounded, and remembers the smallest
 * font it drew. Layout code thinks in LTR; only the frame knows the reading direction.
 */
export class LayoutFrame {
  private readonly fontSizes = new Set<number>();

  constructor(
    /** View-box width. */
    readonly width: number,
    /** Whether to mirror x. */
    readonly rtl: boolean,
    /** How much wider the real font draws than the metrics estimate (1 = as estimated). */
    readonly textScale = 1,
  ) {}

  /** A point's x in the view box. */
  x(value: number): number {
    return round2(this.rtl ? this.width - value : value);
  }

  /** A box in the view box. */
  box({ x, y, width, height }: Box): Box {
    return { x: round2(this.rtl ? this.width - x - width : x), y: round2(y), width: round2(width), height: round2(height) };
  }

  /** Path data from moves, lines and quadratic curves given as LTR points. */
  path(commands: readonly (readonly [cmd: "M" | "L" | "Q", ...points: number[]])[]): string {
    return commands
      .map(([cmd, ...coords]) => cmd + coords.map((value, i) => (i % 2 === 0 ? this.x(value) : round2(value))).join(" "))
      .join("");
  }

  /** Wraps text into a block whose first line box starts at (left, top), at most `maxWidth` wide. */
  text(text: string, style: TextStyle, left: number, top: number, maxWidth: number): TextBlock {
    this.fontSizes.add(style.fontSize);
    // Wrapping a wider font into a box is wrapping the estimated font into a box narrower by the same factor.
    const wrapped = wrapText(text, { ...style, maxWidth: Math.max(1, maxWidth / this.textScale) });
    const width = wrapped.lines.some((line) => line !== "") ? wrapped.width * this.textScale : 0;
    const box = this.box({ x: left, y: top, width, height: wrapped.height });
    return {
      lines: wrapped.lines,
      x: this.x(left),
      y: round2(firstBaseline(top, wrapped.lineHeight, style.fontSize)),
      lineHeight: round2(wrapped.lineHeight),
      fontSize: style.fontSize,
      bold: style.fontWeight === "bold",
      box,
    };
  }

  /** The smallest font size drawn so far (16 when nothing was). */
  smallestFontSize(): number {
    return this.fontSizes.size === 0 ? 16 : Math.min(...this.fontSizes);
  }
}

/** Bottom edge of a block (in LTR-independent y). */
export function bottomOf(block: TextBlock | undefined, fallback: number): number {
  return block ? block.box.y + block.box.height : fallback;
}

/**
 * Puts intervals on as few tracks as possible so that no two on one track share a stage; returns each
 * interval's track. Overlapping spans of one lane then sit side by side instead of on top of each other.
 */
export function assignTracks(intervals: readonly (readonly [from: number, to: number])[]): { track: number[]; count: number } {
  const order = intervals.map((_, i) => i).sort((a, b) => (intervals[a]?.[0] ?? 0) - (intervals[b]?.[0] ?? 0) || a - b);
  const ends: number[] = [];
  const track: number[] = new Array<number>(intervals.length).fill(0);
  for (const i of order) {
    const [from, to] = intervals[i] ?? [0, 0];
    let t = ends.findIndex((end) => end < from);
    if (t < 0) t = ends.length;
    ends[t] = to;
    track[i] = t;
  }
  return { track, count: ends.length };
}
