import type { TextBlock } from "../comparison-table/text-block";
import type { NarrowTaskCard } from "./narrow-layout";
import type { RaciCode } from "./types";

/** Options for the layout: the drawing width, the reading direction and the reader's font width. */
export interface RaciMatrixLayoutOptions {
  /** Width of the drawing in px (it grows if the columns cannot fit their longest words). Default 680. */
  width?: number;
  /** Reading direction; `rtl` puts the task names on the right. Default `ltr`. */
  direction?: "ltr" | "rtl";
  /** How much wider the reader's font draws than the built-in metrics (see `useTextScale`). Default 1. */
  textScale?: number;
}

/** A rectangle in px. */
export interface RaciBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One code's badge, centred on (cx, cy), in drawing coordinates. */
export interface RaciBadgeLayout {
  /** The code it shows. */
  code: RaciCode;
  /** Centre and radius, in px. */
  cx: number;
  cy: number;
  r: number;
}

/** One cell of the grid: the corner, a role header, a task header or an assignment. */
export interface RaciCellLayout {
  /** Grid position as `row:column`; row 0 is the header row, column 0 the task names. */
  key: string;
  /** Grid row (0 = header row) and column (0 = task names). */
  row: number;
  column: number;
  /** The cell's role in the table (an empty corner is a plain cell). */
  role: "columnheader" | "rowheader" | "cell";
  /** The cell's rectangle. */
  box: RaciBox;
  /** Text drawn in the cell, in drawing coordinates. */
  blocks: TextBlock[];
  /** The codes drawn in an assignment cell, as badges. */
  badges: RaciBadgeLayout[];
  /** What the cell reads as: the label (and a task's description), or the codes in words ("Responsible and accountable", "Not involved"). */
  text: string;
}

/** One row of the grid. */
export interface RaciRowLayout {
  /** Grid row (0 = header row). */
  index: number;
  /** Stable id: the task's `id`, else its position; `header` for the header row. */
  id: string;
  /** The row's rectangle across every column. */
  box: RaciBox;
  /** Its cells, in column order. */
  cells: RaciCellLayout[];
}

/** One role's column. */
export interface RaciRoleLayout {
  /** The role's id. */
  id: string;
  /** Position among the roles (0-based), which picks its palette colour. */
  index: number;
  /** Custom CSS colour, when the role has one. */
  color?: string;
  /** Left edge and width, in px. */
  x: number;
  width: number;
}

/** One entry of the legend: a badge, the code in words and what it means. */
export interface RaciLegendEntry {
  /** The code. */
  code: RaciCode;
  /** Its badge. */
  badge: RaciBadgeLayout;
  /** The code in words ("Responsible") and its meaning, wrapped, in drawing coordinates. */
  word: TextBlock;
  meaning: TextBlock;
}

/** The legend under the table, for a drawing that shows it (the component writes it as HTML instead). */
export interface RaciLegendLayout {
  /** Top edge and height of the legend, in px. */
  y: number;
  height: number;
  /** The four entries, in reading order. */
  entries: RaciLegendEntry[];
}

/** The whole matrix, ready to draw. */
export interface RaciMatrixLayout {
  /** Width and height of the table in px (the SVG viewBox), the legend not included. */
  width: number;
  height: number;
  /** Reading direction the geometry is laid out for. */
  direction: "ltr" | "rtl";
  /** Corner radius of cells in px. */
  radius: number;
  /** The header row: the corner, then one header per role. */
  header: RaciRowLayout;
  /** One row per task. */
  rows: RaciRowLayout[];
  /** The roles' columns. */
  roles: RaciRoleLayout[];
  /** The legend placed under the table, when `legend` is not false. */
  legend?: RaciLegendLayout;
  /** The smallest font size the drawing uses, in px. */
  smallestFontSize: number;
  /** Container width below which the task cards replace the table (text would drop under 12 px). */
  narrowBelow: number;
  /** The narrow layout: one card per task. */
  narrow: NarrowTaskCard[];
}
