import type { InfographicItem, InfographicProps } from "../core/types";

/** What one cell holds: text, a number, yes/no, nothing (`null`: not applicable) or a short list. */
export type ComparisonValue = string | number | boolean | null | InfographicItem[];

/** One of the things being compared: a column of the table. */
export interface ComparisonColumn {
  /** Unique id that rows use to key their values. */
  id: string;
  /** Visible name of the column, shown in its coloured header. */
  label: string;
  /** A short line under the label in the header. */
  description?: string;
  /** A CSS colour for the column instead of the palette colour, adjusted per theme to keep its contrast. */
  color?: string;
}

/** One aspect on which the columns are compared: a row of the table. */
export interface ComparisonRow {
  /** Optional unique id of the row (kept stable across re-renders); defaults to its position. */
  id?: string;
  /** Visible name of the aspect, shown as the row header. */
  label: string;
  /** A short line under the row label. */
  description?: string;
  /** The value of each column in this row, keyed by column id; a missing key reads as "Not applicable". */
  values: Record<string, ComparisonValue>;
}

/** Props of `<ComparisonTable>`: two to six things compared side by side on one or more aspects. */
export interface ComparisonTableProps extends InfographicProps {
  /**
   * The things being compared, 2 to 6, in order.
   * @minItems 2
   * @maxItems 6
   */
  columns: ComparisonColumn[];
  /**
   * The aspects they are compared on, 1 or more, in order.
   * @minItems 1
   */
  rows: ComparisonRow[];
  /** Header over the row labels, for example "Aspect". */
  rowHeaderLabel?: string;
  /** Id of the column to draw attention to. */
  highlightColumnId?: string;
  /** BCP 47 locale for formatting numbers (`Intl.NumberFormat`). Default `"en-US"`, so server and client agree. */
  locale?: string;
}
