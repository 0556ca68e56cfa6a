import type { Box, DetailItemLayout, TextBlock } from "../lifecycle-timeline/layout-types";

export type { Box, DetailItemLayout, TextBlock };

/** Where a text block's `x` sits on each of its lines, in reading order (`start` is the left edge in LTR). */
export type TextAnchor = "start" | "middle" | "end";

/** A wrapped text block with the anchor its lines are drawn from. */
export interface AnchoredText extends TextBlock {
  /** Where `x` sits on each line. */
  anchor: TextAnchor;
}

/** Arcs, lines and arrowheads, as SVG path data drawn from (`x`, `y`): the ring's centre, or (0, 0). */
export interface CycleStrokes {
  /** Origin x of the paths in the view box. */
  x: number;
  /** Origin y of the paths in the view box. */
  y: number;
  /** The links from each step to the next (filled bands, drawn with d3-path). */
  links: string[];
  /** One arrowhead per link, at its end: the direction of travel. */
  arrowheads: string[];
}

/** One numbered step: its marker and label. */
export interface CycleStepLayout {
  /** The step's id. */
  id: string;
  /** Position in the cycle, 0-based; the marker shows `index + 1`. */
  index: number;
  /** Centre and radius of the round, numbered marker. */
  marker: { cx: number; cy: number; r: number };
  /** The step's label. */
  label: AnchoredText;
  /** The label's box grown by the focus-ring offset: hover target and where the focus ring is drawn. */
  labelBox: Box;
}

/** The active step's description and items in a panel. */
export interface CycleDetailsLayout {
  /** Id of the active step. */
  stepId: string;
  /** The panel. */
  box: Box;
  /** The step's number and label over the panel (ring layout only: in the list the panel sits under the step). */
  heading?: TextBlock;
  /** The step's description, when given. */
  description?: TextBlock;
  /** The step's items, in order. */
  items: DetailItemLayout[];
}

/** Everything needed to draw a cycle diagram, in view-box units (px at scale 1). */
export interface CycleDiagramLayout {
  /** `ring`: steps round a circle; `list`: the narrow ordered list with a small ring glyph. */
  mode: "ring" | "list";
  /** Reading direction the geometry is mirrored for (RTL runs the ring counter-clockwise). */
  direction: "ltr" | "rtl";
  /** View-box width; at least the requested width, wider only when the ring could not fit otherwise. */
  width: number;
  /** View-box height. */
  height: number;
  /** The ring (circle through the markers), in ring mode. */
  ring?: { cx: number; cy: number; r: number };
  /** The links between steps with their arrowheads, last step back to the first. */
  strokes: CycleStrokes;
  /** The small ring glyph beside the centre label, in list mode. */
  glyph?: CycleStrokes;
  /** `centerLabel`, inside the ring (centred) or beside the glyph. */
  centerLabel?: AnchoredText;
  /** The steps, in order. */
  steps: CycleStepLayout[];
  /** The sentence that says the cycle repeats ("After Act comes Plan again."). */
  loopNote: AnchoredText;
  /** The active step's description and items, when it has either. */
  details?: CycleDetailsLayout;
  /** The smallest font size drawn, in px. */
  smallestFontSize: number;
  /** Container width below which this picture, scaled down to fit, would draw text under 12 px. */
  narrowBelow: number;
}
