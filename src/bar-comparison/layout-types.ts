/** A box in drawing coordinates, px. */
export interface Box {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
}

/** Physical alignment of a text line on its `x`: `left` and `right` stay put whatever the reading direction. */
export type TextAlign = "left" | "right" | "middle";

/** Lines of text, each centred vertically on its `y` (drawn with `dominant-baseline: central`). */
export interface BarTextBlock {
  /** The lines with their anchor points. */
  lines: { text: string; x: number; y: number }[];
  /** Where `x` sits on each line. */
  align: TextAlign;
  /** The box the lines take. */
  box: Box;
}

/** The printed value of one bar: its series marker and its text, outside the bar end, inside it, or on a row above it. */
export interface BarValueLabel {
  /** Where it sits: beyond the bar end, on a pill inside the bar end, or on its own line above the bar. */
  placement: "outside" | "inside" | "row";
  /** Centre of the series marker. */
  marker: { cx: number; cy: number };
  /** The text. */
  text: BarTextBlock;
  /** The box of marker and text together (the pill, when inside). */
  box: Box;
}

/** One bar: a series' value in one category. */
export interface BarLayout {
  /** Stable key: `<series index>:<category index>`. */
  key: string;
  /** Index of the series. */
  seriesIndex: number;
  /** Index of the category. */
  categoryIndex: number;
  /** The value; `null` when there is no data. */
  value: number | null;
  /** The value as printed, or "No data". */
  text: string;
  /** What a screen reader hears on focus: "Junior, Product manager: $85,000". */
  name: string;
  /** The bar's rectangle (zero width for no data), growing from the zero line. */
  rect: Box;
  /** Which side of the zero line the bar extends to (physical, after mirroring). */
  grows: "left" | "right";
  /** The printed value, when values show or there is no data. */
  label?: BarValueLabel;
  /** Focus ring around bar and label. */
  focus: Box;
}

/** One entry of the legend. */
export interface LegendEntryLayout {
  /** Index of the series. */
  seriesIndex: number;
  /** Centre of the marker. */
  marker: { cx: number; cy: number };
  /** The series name. */
  text: BarTextBlock;
}

/** One tick of the value axis. */
export interface TickLayout {
  /** The value. */
  value: number;
  /** x of the tick. */
  x: number;
  /** Its label under the plot. */
  text: BarTextBlock;
}

/** Font sizes of the drawing, px. */
export interface BarFontSizes {
  /** Category names. */
  category: number;
  /** Printed values. */
  value: number;
  /** Tick labels. */
  tick: number;
  /** Legend entries. */
  legend: number;
}

/** Geometry of a bar comparison at one width: everything the component and the static drawing place. */
export interface BarComparisonLayout {
  /** `wide`: category names beside their bars; `narrow`: names above them. */
  mode: "wide" | "narrow";
  /** Drawing width and height (the SVG viewBox), px. */
  width: number;
  /** Drawing height, px. */
  height: number;
  /** Reading direction the geometry is laid out for (RTL mirrors it). */
  direction: "ltr" | "rtl";
  /** Font sizes. */
  fontSizes: BarFontSizes;
  /** The legend, top of the drawing. */
  legend: LegendEntryLayout[];
  /** Category names, one block per category. */
  categories: BarTextBlock[];
  /** The bars, category by category, series by series. */
  bars: BarLayout[];
  /**
   * The value axis: its ticks, the zero line, the plot's vertical extent, and the bands that the zero line and grid
   * are drawn in (the whole plot when wide; each group's bars when narrow, so that lines never cross a name).
   */
  axis: { ticks: TickLayout[]; zeroX: number; top: number; bottom: number; bands: { top: number; bottom: number }[]; domain: [number, number] };
  /** The plot's horizontal extent (bars and value labels stay inside it). */
  plot: { x0: number; x1: number };
  /** Container width below which the narrow drawing replaces the wide one (text would drop under 12 px). */
  narrowBelow: number;
}
