import { measureTextWidth } from "../core/text/measure";
import { wrapText } from "../core/text/wrap";
import { statSentence } from "./describe";
import { formatStat } from "./format";
import { ringLayout, type RingLayout } from "./ring";
import type { StatCalloutsProps } from "./types";

/** Width of an article column, used when no width is given. */
export const DEFAULT_STAT_WIDTH = 680;
/** Width the narrow (one column) picture is laid out for before the container is measured: a small phone. */
export const NARROW_STAT_WIDTH = 320;
/** Smallest text the picture ever draws, in px, however it is scaled. */
export const MIN_FONT_SIZE = 12;

const GAP = 16;
const PAD = 16;
const MIN_CELL = 176;
const MAX_COLUMNS = 3;
const NUMBER_MAX = 44;
const NUMBER_FLOOR = 28;
const LABEL_SIZE = 16;
const NOTE_SIZE = 14;
const RING_SIZE = 56;
const RING_GAP = 12;

/** Wrapped text with each line's anchor (the start edge) and baseline. */
export interface StatTextBlock {
  /** Lines in reading order. */
  lines: { text: string; x: number; y: number }[];
  /** Font size in px. */
  fontSize: number;
  /** Height of the block, in px. */
  height: number;
}

/** One stat's cell: its card, ring, number, label and description. */
export interface StatCellLayout {
  /** Position in `stats`. */
  index: number;
  /** The stat's id, or its position when it has none. */
  key: string;
  /** The card, in px. */
  box: { x: number; y: number; width: number; height: number };
  /** The formatted number, one line where it fits. */
  value: StatTextBlock & { text: string };
  /** The ring of a share. */
  ring?: RingLayout;
  /** The label under the number. */
  label: StatTextBlock;
  /** The description under the label. */
  description?: StatTextBlock;
  /** What a screen reader says for the stat: number, then label, then description. */
  sentence: string;
}

/** The whole grid of stats at one width. */
export interface StatCalloutsLayout {
  /** Width of the picture, in px. */
  width: number;
  /** Height of the picture, in px. */
  height: number;
  /** Cells per row. */
  columns: number;
  /** Reading direction; RTL mirrors the grid and each cell. */
  direction: "ltr" | "rtl";
  /** Size of the big numbers, in px: the largest at which all fit their cells, 28 px at least (a wider number shrinks alone). */
  numberFontSize: number;
  /** Container width under which this picture, scaled down, would draw text under 12 px. */
  narrowBelow: number;
  /** The cells, in reading order. */
  cells: StatCellLayout[];
}

/** Options of `computeStatCalloutsLayout`. */
export interface StatCalloutsLayoutOptions {
  /** Width to lay out for, in px. Default 680. */
  width?: number;
  /** Reading direction: RTL mirrors the grid. Default `ltr`. */
  direction?: "ltr" | "rtl";
  /** How much wider the reader's font draws than the built-in metrics (1, the default, trusts them). */
  textScale?: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Cells per row: as many as fit (at most three), spread over balanced rows (4 stats as 2 x 2, not 3 + 1). */
export function statColumns(count: number, width: number): number {
  const fit = Math.min(MAX_COLUMNS, Math.max(1, Math.floor((width + GAP) / (MIN_CELL + GAP))));
  const rows = Math.ceil(count / fit);
  return Math.ceil(count / rows);
}

function block(text: string, x: number, top: number, maxWidth: number, fontSize: number, bold: boolean, lineHeight: number, widthScale: number): StatTextBlock {
  const wrapped = wrapText(text, { fontSize, fontWeight: bold ? 700 : 400, maxWidth: Math.max(1, maxWidth), lineHeight, widthScale });
  const step = wrapped.lineHeight;
  // Baseline of the first line: half the leading, then the ascent of an Arial-like font.
  const first = top + (step - fontSize) / 2 + fontSize * 0.8;
  return { lines: wrapped.lines.map((line, i) => ({ text: line, x: round(x), y: round(first + i * step) })), fontSize, height: round(wrapped.height) };
}

/**
 * Lays out the stats as a grid of cards: balanced rows of up to three, the numbers at one size that lets all fit their
 * cells on one line (44 px at most; under 28 px only the number that needs it shrinks, to 12 px, and wraps only past
 * that), a ring beside a share, then the wrapped label and description. Pure and deterministic (no DOM). Expects props that pass validation.
 */
export function computeStatCalloutsLayout(props: StatCalloutsProps, options: StatCalloutsLayoutOptions = {}): StatCalloutsLayout {
  const width = Math.max(MIN_CELL, options.width ?? DEFAULT_STAT_WIDTH);
  const widthScale = Math.max(1, options.textScale ?? 1);
  const rtl = options.direction === "rtl";
  const { stats } = props;
  const columns = statColumns(stats.length, width);
  const cellWidth = (width - (columns - 1) * GAP) / columns;
  const inner = cellWidth - 2 * PAD;
  const texts = stats.map((stat) => formatStat(stat, props.locale));
  const room = (i: number) => inner - (stats[i]!.share ? RING_SIZE + RING_GAP : 0);
  const fits = texts.map((text, i) => room(i) / measureTextWidth(text, { fontSize: 1, fontWeight: 700, widthScale }));
  // One size for every number, so that they read as a set; a number too wide for it at the floor shrinks alone.
  const numberFontSize = Math.floor(Math.min(NUMBER_MAX, Math.max(NUMBER_FLOOR, Math.min(...fits))));
  const sizes = fits.map((fit) => Math.min(numberFontSize, Math.max(MIN_FONT_SIZE, Math.floor(fit))));
  const values = texts.map((text, i) => ({ ...block(text, 0, 0, room(i), sizes[i]!, true, 1.15, widthScale), text }));
  const figureHeight = Math.max(...values.map((v) => v.height), stats.some((s) => s.share) ? RING_SIZE : 0);

  const cells: StatCellLayout[] = [];
  let top = 0;
  for (let row = 0; row * columns < stats.length; row++) {
    const inRow = stats.slice(row * columns, row * columns + columns);
    const rowCells = inRow.map((stat, c) => {
      const index = row * columns + c;
      const x = c * (cellWidth + GAP);
      const cellX = rtl ? width - x - cellWidth : x;
      const edge = (offset: number) => (rtl ? cellX + cellWidth - offset : cellX + offset);
      const figureTop = top + PAD;
      const value = values[index]!;
      const numberX = edge(PAD + (stat.share ? RING_SIZE + RING_GAP : 0));
      const placedValue = block(value.text, numberX, figureTop + (figureHeight - value.height) / 2, room(index), value.fontSize, true, 1.15, widthScale);
      const ring = stat.share ? ringLayout(rtl ? edge(PAD) - RING_SIZE / 2 : edge(PAD) + RING_SIZE / 2, figureTop + figureHeight / 2, RING_SIZE, stat.value) : undefined;
      const label = block(stat.label, edge(PAD), figureTop + figureHeight + 10, inner, LABEL_SIZE, false, 1.35, widthScale);
      const labelBottom = figureTop + figureHeight + 10 + label.height;
      const description = stat.description ? block(stat.description, edge(PAD), labelBottom + 6, inner, NOTE_SIZE, false, 1.4, widthScale) : undefined;
      const bottom = (description ? labelBottom + 6 + description.height : labelBottom) + PAD;
      return {
        index,
        key: stat.id ?? String(index),
        box: { x: round(cellX), y: round(top), width: round(cellWidth), height: round(bottom - top) },
        value: { ...placedValue, text: value.text },
        ring,
        label,
        description,
        sentence: statSentence(value.text, stat),
      };
    });
    const rowHeight = Math.max(...rowCells.map((cell) => cell.box.height));
    for (const cell of rowCells) cells.push({ ...cell, box: { ...cell.box, height: round(rowHeight) } });
    top += rowHeight + GAP;
  }
  const smallest = Math.min(...sizes, LABEL_SIZE, stats.some((s) => s.description) ? NOTE_SIZE : LABEL_SIZE);
  return {
    width,
    height: round(top - GAP),
    columns,
    direction: rtl ? "rtl" : "ltr",
    numberFontSize,
    narrowBelow: Math.ceil((width * MIN_FONT_SIZE) / smallest),
    cells,
  };
}
