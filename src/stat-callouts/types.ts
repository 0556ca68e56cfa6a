import type { InfographicProps } from "../core/types";

/** One big number and what it means. */
export interface StatCallout {
  /** Unique id among the stats; the position in the list is used when it is left out. */
  id?: string;
  /** The number itself; with `share`, a proportion from 0 to 1. */
  value: number;
  /** What the number counts, read right after it ("of teams ship every week"). */
  label: string;
  /** A sentence of context or source under the label. */
  description?: string;
  /** How to print the number (`Intl.NumberFormat` options); a share prints as a percent unless this says otherwise. */
  format?: Intl.NumberFormatOptions;
  /** The value is a proportion from 0 to 1, drawn as a ring filled to that share. */
  share?: boolean;
}

/** Props of `<StatCallouts>`: one to six big formatted numbers with their labels, in a responsive grid. */
export interface StatCalloutsProps extends InfographicProps {
  /**
   * The numbers, in reading order.
   * @minItems 1
   * @maxItems 6
   */
  stats: StatCallout[];
  /** BCP 47 locale for formatting numbers (`Intl.NumberFormat`). Default `"en-US"`, so server and client agree. */
  locale?: string;
}
