import type { InfographicProps } from "../core/types";

/** One axis of the chart: what it measures and what its two ends are called. */
export interface QuadrantAxis {
  /** What the axis measures, for example "Effort". */
  label: string;
  /** Name of the low end (left, or bottom), for example "Low". */
  low: string;
  /** Name of the high end (right, or top), for example "High". */
  high: string;
}

/** Names of the four quadrants; a quadrant without a name is named from the axis ends ("High impact, low effort"). */
export interface QuadrantNames {
  /** Name of the top-left quadrant (high y, low x). */
  topLeft?: string;
  /** Name of the top-right quadrant (high y, high x). */
  topRight?: string;
  /** Name of the bottom-left quadrant (low y, low x). */
  bottomLeft?: string;
  /** Name of the bottom-right quadrant (low y, high x). */
  bottomRight?: string;
}

/** One item drawn as a point of the chart. */
export interface QuadrantItem {
  /** Unique id; default the item's position in the list. */
  id?: string;
  /** Visible name of the item, drawn beside its point. */
  label: string;
  /** Longer text, shown on hover and keyboard focus and read by screen readers. */
  description?: string;
  /**
   * Position along the x axis, from 0 (low, left) to 1 (high, right).
   * @minimum 0
   * @maximum 1
   */
  x: number;
  /**
   * Position along the y axis, from 0 (low, bottom) to 1 (high, top).
   * @minimum 0
   * @maximum 1
   */
  y: number;
}

/**
 * Props of `<QuadrantChart>`: items placed on a 2 x 2 of two judgements, such as impact against effort. With
 * right-to-left text (`dir="rtl"`) the words read right to left but the axes are not mirrored: low x stays on the
 * left, as on any chart, so that a position means the same in every language.
 */
export interface QuadrantChartProps extends InfographicProps {
  /** The horizontal axis: its name and the names of its left (low) and right (high) ends. */
  xAxis: QuadrantAxis;
  /** The vertical axis: its name and the names of its bottom (low) and top (high) ends. */
  yAxis: QuadrantAxis;
  /** Names of the quadrants; each defaults to one made of the axis ends. */
  quadrants?: QuadrantNames;
  /**
   * The items: 1 to 20 points (more would crowd the plot past reading).
   * @minItems 1
   * @maxItems 20
   */
  items: QuadrantItem[];
}
