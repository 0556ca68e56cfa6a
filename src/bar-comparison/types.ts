import type { InfographicProps } from "../core/types";

/** One group of bars: a row of the comparison (a seniority level, a team, a year). */
export interface BarCategory {
  /** Unique id that series values refer to. */
  id: string;
  /** Visible name of the group, drawn beside (or above, when narrow) its bars. */
  label: string;
}

/** One series: a bar in every group (a role, a product, a country). */
export interface BarSeries {
  /** Unique id of the series. */
  id: string;
  /** Visible name in the legend; also the series' accessible name. */
  label: string;
  /** A CSS colour for the series' bars, derived per theme to keep 3:1 against the background. Default: the next palette colour. */
  color?: string;
  /** The value of each category, by category id; `null` (or a missing key) draws a labelled "No data" gap. */
  values: Record<string, number | null>;
}

/** Props of `<BarComparison>`: numbers side by side, as grouped horizontal bars. */
export interface BarComparisonProps extends InfographicProps {
  /**
   * The groups of bars, top to bottom: 1 to 12.
   * @minItems 1
   * @maxItems 12
   */
  categories: BarCategory[];
  /**
   * The bars of each group: 1 to 4 series.
   * @minItems 1
   * @maxItems 4
   */
  series: BarSeries[];
  /** How values are written (`Intl.NumberFormat` options), for example `{ "style": "currency", "currency": "USD" }`. */
  valueFormat?: Intl.NumberFormatOptions;
  /** BCP 47 locale for formatting numbers. Default `"en-US"`, so server and client agree. */
  locale?: string;
  /**
   * The value range of the axis, `[min, max]`, including zero and every value. Default: zero to a nice round maximum (and minimum, for negative values).
   * @minItems 2
   * @maxItems 2
   */
  domain?: [number, number];
  /** Print each value beside its bar. Default `true`. */
  showValues?: boolean;
}
