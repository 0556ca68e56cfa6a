/** What a layout is computed for, besides the content. */
export interface LayoutSettings {
  /** Width asked for. */
  width: number;
  /** Whether to mirror for right-to-left reading. */
  rtl: boolean;
  /** Id of the active stage, whose details are shown. */
  activeId: string | undefined;
  /** How much wider the real font draws than the metrics estimate (1 = as estimated). */
  textScale: number;
}

/** A rectangle in view-box units. */
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

/** Wrapped text placed in the view box; drawn with `text-anchor: start` in the layout's direction. */
export interface TextBlock {
  /** The lines, in reading order. */
  lines: string[];
  /** Anchor x of every line: the left edge in LTR, the right edge in RTL. */
  x: number;
  /** Baseline of the first line. */
  y: number;
  /** Distance between baselines. */
  lineHeight: number;
  /** Font size in px. */
  fontSize: number;
  /** Whether the text is bold. */
  bold: boolean;
  /** The area the text occupies (widest line by all lines). */
  box: Box;
}

/** A numbered stage marker with its texts. */
export interface StageLayout {
  /** The stage's id. */
  id: string;
  /** Position in the lifecycle, 0-based. */
  index: number;
  /** Centre and radius of the round marker. */
  marker: { cx: number; cy: number; r: number };
  /** The stage label. */
  label: TextBlock;
  /** The period, when given. */
  period?: TextBlock;
  /** The description, when given. */
  description?: TextBlock;
  /** The whole stage: hover and click target, and where the focus ring is drawn. */
  box: Box;
}

/** One bar of a lane: a span of stages. */
export interface LaneBarLayout {
  /** Index of the span in the lane's `spans`. */
  spanIndex: number;
  /** Index of the first stage covered. */
  fromIndex: number;
  /** Index of the last stage covered. */
  toIndex: number;
  /** The bar. */
  box: Box;
  /** Text inside the bar (horizontal layout, when the span has a label). */
  label?: TextBlock;
}

/** One lane: its label (horizontal) or legend entry (vertical), and its bars. */
export interface LaneLayout {
  /** The lane's id. */
  id: string;
  /** Position among the lanes, 0-based: picks the palette colour and dash. */
  index: number;
  /** The lane label above its bars (horizontal) or its legend sentence (vertical). */
  label: TextBlock;
  /** A small sample of the bar next to the legend sentence (vertical only). */
  swatch?: Box;
  /** The bars, one per span. */
  bars: LaneBarLayout[];
}

/** One entry of the active stage's list of items. */
export interface DetailItemLayout {
  /** Centre of the bullet. */
  bullet: { cx: number; cy: number };
  /** The item's label. */
  label: TextBlock;
  /** The item's description, when given. */
  description?: TextBlock;
}

/** The active stage's items, shown in a panel. */
export interface DetailsLayout {
  /** Id of the active stage. */
  stageId: string;
  /** The panel. */
  box: Box;
  /** A heading naming the stage (horizontal only: in the vertical layout the panel sits under the stage). */
  heading?: TextBlock;
  /** The items, in order. */
  items: DetailItemLayout[];
}

/** Everything needed to draw a lifecycle timeline, in view-box units (px at scale 1). */
export interface LifecycleTimelineLayout {
  /** Direction the stages run in. */
  orientation: "horizontal" | "vertical";
  /** Reading direction the geometry is mirrored for. */
  direction: "ltr" | "rtl";
  /** View-box width; at least the requested width, wider only when the stages could not fit otherwise. */
  width: number;
  /** View-box height. */
  height: number;
  /** Whether every stage label fits its place without breaking a word (always true when vertical). */
  fits: boolean;
  /** The connector line through the markers, as SVG path data; empty for one stage. */
  connector: string;
  /** The stages, in order. */
  stages: StageLayout[];
  /** The lanes, in order. */
  lanes: LaneLayout[];
  /** The return arrow and its sentence, when `loop` is set. */
  loop?: { path: string; arrowhead: string; note: TextBlock };
  /** A highlight behind the active stage, reaching down to its details in the horizontal layout. */
  activeBand?: Box;
  /** The active stage's items, when it has any. */
  details?: DetailsLayout;
  /** The smallest font size drawn, in px. */
  smallestFontSize: number;
  /** Container width below which this picture, scaled down to fit, would draw text under 12 px. */
  narrowBelow: number;
}
