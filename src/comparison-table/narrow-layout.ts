import type { ResolvedValue } from "./describe";
import type { ComparisonTableProps } from "./types";

/** One row's entry in a stacked card: the aspect and this column's value for it. */
export interface NarrowEntry {
  /** Stable id of the row. */
  rowId: string;
  /** The row's label. */
  label: string;
  /** The row's description. */
  description?: string;
  /** This column's value in the row. */
  value: ResolvedValue;
}

/** The stacked layout's card for one column. */
export interface NarrowCard {
  /** The column's id. */
  id: string;
  /** Position among the columns, which picks its palette colour. */
  index: number;
  /** The column's label and description. */
  label: string;
  description?: string;
  /** Custom CSS colour, when the column has one. */
  color?: string;
  /** Whether this is the highlighted column. */
  highlighted: boolean;
  /** Every row, in order, with this column's value. */
  entries: NarrowEntry[];
}

/** Builds the stacked layout: one card per column listing every row label with that column's value. */
export function narrowCards(props: ComparisonTableProps, values: ResolvedValue[][]): NarrowCard[] {
  return props.columns.map((column, c) => ({
    id: column.id,
    index: c,
    label: column.label,
    description: column.description,
    color: column.color,
    highlighted: column.id === props.highlightColumnId,
    entries: props.rows.map((row, r) => ({
      rowId: row.id ?? String(r),
      label: row.label,
      description: row.description,
      value: values[r]?.[c] ?? { kind: "missing", text: "Not applicable" },
    })),
  }));
}
