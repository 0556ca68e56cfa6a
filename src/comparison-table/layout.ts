import { numberFormat } from "../core/number-format";
import { cellValue, resolveValue, type ResolvedValue } from "./describe";
import {
  FONTS,
  fractionWidth,
  layoutParts,
  layoutValue,
  partsNeed,
  scaledFonts,
  valueNeed,
  valueSmallestFont,
  type CellContent,
  type TextPart,
  type WidthNeed,
} from "./cell-content";
import { mirrorLayout } from "./mirror";
import { narrowCards, type NarrowCard } from "./narrow-layout";
import { round } from "./text-block";
import type { ComparisonTableProps } from "./types";

/** Options for the layout: the drawing width, the reading direction, and the locale for numbers. */
export interface ComparisonTableLayoutOptions {
  /** Width of the drawing in px (it grows if the columns cannot fit their longest words). Default 680. */
  width?: number;
  /** Reading direction; `rtl` puts the row labels on the right. Default `ltr`. */
  direction?: "ltr" | "rtl";
  /** Locale for numbers; overrides `props.locale`. Default `"en-US"`. */
  locale?: string;
  /**
   * How much wider the reader's font draws than the built-in Arial-like metrics (1, the default, trusts them). The
   * component measures this in the browser after fonts load and lays out again only when text would overflow.
   */
  textScale?: number;
}

/** A rectangle in px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One cell of the grid: a column header, a row header or a data cell. */
export interface TableCellLayout {
  /** Grid position as `row:column`; row 0 is the header row, column 0 the row labels. */
  key: string;
  /** Grid row (0 = header row). */
  row: number;
  /** Grid column (0 = row labels). */
  column: number;
  /** The cell's role in the table. */
  role: "columnheader" | "rowheader" | "cell";
  /** The cell's rectangle. */
  box: Box;
  /** The area inside the padding, where `content` coordinates start. */
  contentBox: Box;
  /** What the cell draws, relative to `contentBox`. */
  content: CellContent;
  /** The cell's plain-text reading ("Yes", "Not applicable", a formatted number, the text). */
  text: string;
}

/** One row of the grid. */
export interface TableRowLayout {
  /** Grid row (0 = header row). */
  index: number;
  /** Stable id: the row's `id`, else its position. */
  id: string;
  /** The row's rectangle across every column. */
  box: Box;
  /** Its cells, in column order. */
  cells: TableCellLayout[];
}

/** One compared column, its colour and where it runs. */
export interface TableColumnLayout {
  /** The column's id. */
  id: string;
  /** Position among the compared columns (0-based), which picks its palette colour. */
  index: number;
  /** Custom CSS colour, when the column has one. */
  color?: string;
  /** Whether this is the highlighted column. */
  highlighted: boolean;
  /** Left edge and width, in px. */
  x: number;
  width: number;
}

/** The whole table, ready to draw. */
export interface ComparisonTableLayout {
  /** Drawing width and height in px (the SVG viewBox). */
  width: number;
  height: number;
  /** Reading direction the geometry is laid out for. */
  direction: "ltr" | "rtl";
  /** Corner radius of cells in px. */
  radius: number;
  /** The header row: the corner over the row labels, then one header per column. */
  header: TableRowLayout;
  /** The body rows. */
  rows: TableRowLayout[];
  /** The compared columns. */
  columns: TableColumnLayout[];
  /** Outline around the highlighted column, if any. */
  highlight?: Box;
  /** The smallest font size the drawing uses, in px. */
  smallestFontSize: number;
  /** Container width below which the stacked cards replace the table (text would drop under 12 px). */
  narrowBelow: number;
  /** The stacked layout: one card per column. */
  narrow: NarrowCard[];
}

/** Default drawing width, cell padding, gap between cells, outer margin (room for focus and highlight rings). */
export const DEFAULT_WIDTH = 680;
const PADDING = 12;
const GAP = 6;
const MARGIN = 6;
const RADIUS = 6;
/** Least inner width of a column, most a longest word may demand, and the widest a column asks to be. */
const MIN_INNER = 64;
const MAX_MIN_INNER = 200;
const MAX_IDEAL_INNER = 320;
/** Smallest readable text size: the narrowBelow threshold keeps scaled text at or above it. */
const READABLE_SIZE = 12;

function columnWidths(needs: WidthNeed[][], available: number): number[] {
  // Rounded up to whole px, so that rounding the widths later never makes a word that fits break.
  // Words longer than MAX_MIN_INNER break with a hyphen; numbers and glyphs, which cannot break, always get room.
  const innerMin = (n: WidthNeed[]) =>
    Math.max(MIN_INNER, Math.min(MAX_MIN_INNER, Math.max(0, ...n.map((w) => w.min))), ...n.filter((w) => w.fixed).map((w) => w.min));
  const mins = needs.map((n) => Math.ceil(innerMin(n)) + 1 + 2 * PADDING);
  const ideals = needs.map((n, i) => Math.max(mins[i] ?? 0, Math.min(MAX_IDEAL_INNER, Math.max(...n.map((w) => w.ideal))) + 2 * PADDING));
  const sumMin = mins.reduce((a, b) => a + b, 0);
  const sumIdeal = ideals.reduce((a, b) => a + b, 0);
  if (sumMin >= available) return mins;
  if (sumIdeal <= available) return ideals.map((ideal) => ideal + ((available - sumIdeal) * ideal) / sumIdeal);
  return mins.map((min, i) => min + ((available - sumMin) * ((ideals[i] ?? min) - min)) / (sumIdeal - sumMin));
}

function decimalSeparator(format: Intl.NumberFormat): string {
  return format.formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? ".";
}

/**
 * Computes the geometry of a comparison table: column widths shared by content, every text wrapped to its cell,
 * row heights fitting their tallest cell, the highlight outline, and the stacked (narrow) layout. Pure and
 * deterministic: the same props and options give the same numbers on the server and in the browser.
 */
export function computeComparisonTableLayout(props: ComparisonTableProps, options: ComparisonTableLayoutOptions = {}): ComparisonTableLayout {
  const direction = options.direction ?? "ltr";
  const locale = options.locale ?? props.locale;
  // The first formatter a page builds loads the locale's data (over 100 ms on a slow phone): only numbers pay it.
  const format = { format: (value: number) => numberFormat(locale).format(value) };
  const { columns, rows } = props;
  const fonts = scaledFonts(Math.max(1, options.textScale ?? 1));

  const values: ResolvedValue[][] = rows.map((row) => columns.map((column) => resolveValue(cellValue(row, column.id), format)));
  const separator = values.some((row) => row.some((value) => value.kind === "number")) ? decimalSeparator(numberFormat(locale)) : ".";
  const fractionRooms = columns.map((_, c) =>
    Math.max(0, ...values.map((row) => row[c]).map((v) => (v?.kind === "number" ? fractionWidth(v.text, separator, fonts) : 0))),
  );
  const cornerParts: TextPart[] = props.rowHeaderLabel ? [{ text: props.rowHeaderLabel, font: fonts.rowLabel, tone: "muted" }] : [];
  const headerParts: TextPart[][] = columns.map((column) => [
    { text: column.label, font: fonts.columnLabel, tone: "ink" },
    ...(column.description ? [{ text: column.description, font: fonts.secondary, tone: "ink" as const }] : []),
  ]);
  const rowParts: TextPart[][] = rows.map((row) => [
    { text: row.label, font: fonts.rowLabel, tone: "text" },
    ...(row.description ? [{ text: row.description, font: fonts.secondary, tone: "muted" as const }] : []),
  ]);

  const needs: WidthNeed[][] = [
    [...partsNeed(cornerParts), ...rowParts.flatMap(partsNeed)],
    ...columns.map((_, c) => [
      ...partsNeed(headerParts[c] ?? []),
      ...values.flatMap((row) => (row[c] ? valueNeed(row[c], fractionRooms[c] ?? 0, fonts) : [])),
    ]),
  ];
  const requested = Math.max(0, options.width ?? DEFAULT_WIDTH);
  const gaps = GAP * columns.length;
  // Rounded down, so that the rounded widths never add up to more than the space they share.
  const widths = columnWidths(needs, requested - 2 * MARGIN - gaps).map((w) => Math.floor(w * 100) / 100);
  const width = round(Math.max(requested, widths.reduce((a, b) => a + b, 0) + gaps + 2 * MARGIN));
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), round(x + w + GAP)), MARGIN);
  const innerWidth = (c: number) => round((widths[c] ?? 0) - 2 * PADDING);

  let y = MARGIN;
  const buildRow = (index: number, id: string, laid: { content: CellContent; height: number; text: string }[]): TableRowLayout => {
    const height = round(Math.max(...laid.map((cell) => cell.height)) + 2 * PADDING);
    const cells = laid.map((cell, c): TableCellLayout => {
      const box = { x: xs[c] ?? 0, y, width: widths[c] ?? 0, height };
      const contentBox = { x: round(box.x + PADDING), y: round(y + PADDING), width: innerWidth(c), height: round(height - 2 * PADDING) };
      // An empty corner is a plain cell: a column header with no name would be announced as a blank header.
      const role = index === 0 ? (c === 0 && !props.rowHeaderLabel ? "cell" : "columnheader") : c === 0 ? "rowheader" : "cell";
      return { key: `${index}:${c}`, row: index, column: c, role, box, contentBox, content: cell.content, text: cell.text };
    });
    const row = { index, id, box: { x: MARGIN, y, width: round(width - 2 * MARGIN), height }, cells };
    y = round(y + height + GAP);
    return row;
  };

  const header = buildRow(0, "header", [
    { ...layoutParts(cornerParts, innerWidth(0)), text: props.rowHeaderLabel ?? "" },
    ...columns.map((column, c) => ({ ...layoutParts(headerParts[c] ?? [], innerWidth(c + 1)), text: column.label })),
  ]);
  const bodyRows = rows.map((row, r) =>
    buildRow(r + 1, row.id ?? String(r), [
      { ...layoutParts(rowParts[r] ?? [], innerWidth(0)), text: row.label },
      ...columns.map((_, c) => {
        const value = values[r]?.[c] ?? resolveValue(null, format);
        return { ...layoutValue(value, innerWidth(c + 1), fractionRooms[c] ?? 0, separator, fonts), text: value.text };
      }),
    ]),
  );
  const height = round(y - GAP + MARGIN);
  const tableColumns = columns.map((column, c): TableColumnLayout => ({
    id: column.id,
    index: c,
    color: column.color,
    highlighted: column.id === props.highlightColumnId,
    x: xs[c + 1] ?? 0,
    width: widths[c + 1] ?? 0,
  }));
  const chosen = tableColumns.find((column) => column.highlighted);
  const highlight = chosen && { x: round(chosen.x - 3), y: MARGIN - 3, width: round(chosen.width + 6), height: round(height - 2 * MARGIN + 6) };

  const sizes = [
    FONTS.columnLabel.fontSize,
    FONTS.rowLabel.fontSize,
    ...(columns.some((column) => column.description) || rows.some((row) => row.description) ? [FONTS.secondary.fontSize] : []),
    ...values.flat().map(valueSmallestFont),
  ];
  const smallestFontSize = Math.min(...sizes);
  const layout: ComparisonTableLayout = {
    width,
    height,
    direction,
    radius: RADIUS,
    header,
    rows: bodyRows,
    columns: tableColumns,
    highlight,
    smallestFontSize,
    narrowBelow: round((width * READABLE_SIZE) / smallestFontSize),
    narrow: narrowCards(props, values),
  };
  return direction === "rtl" ? mirrorLayout(layout) : layout;
}
