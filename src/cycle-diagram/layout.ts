import { layoutList } from "./layout-list";
import type { CycleDiagramLayout } from "./layout-types";
import { layoutRing } from "./layout-ring";
import type { CycleDiagramProps } from "./types";

/** Width of an article column, used when no width is given. */
export const DEFAULT_CYCLE_WIDTH = 680;

/** Options of `computeCycleDiagramLayout`. */
export interface CycleDiagramLayoutOptions {
  /** Width to lay out for, in px. Default 680. */
  width?: number;
  /** `ring` (steps round a circle) or `list` (the narrow ordered list); default: the ring where its text stays at 12 px or more, else the list. */
  mode?: "ring" | "list";
  /** Reading direction: RTL mirrors the picture and runs the ring counter-clockwise. Default `ltr`. */
  direction?: "ltr" | "rtl";
  /** How much wider the reader's font draws than the built-in Arial-like metrics (1, the default, trusts them). */
  textScale?: number;
}

/**
 * Lays out a cycle diagram: numbered markers round a ring joined by arcs with arrowheads (last back to first),
 * labels outside the ring clear of each other and of the arcs, `centerLabel` inside, the repeat sentence, and the
 * active step's description and items in a panel; or, in `list` mode, the same as a column. Pure and deterministic
 * (no DOM); numbers rounded to 2 decimals. The active step is `activeStepId`, else `defaultActiveStepId`. Expects
 * props that pass validation.
 */
export function computeCycleDiagramLayout(props: CycleDiagramProps, options: CycleDiagramLayoutOptions = {}): CycleDiagramLayout {
  const width = Math.max(1, options.width ?? DEFAULT_CYCLE_WIDTH);
  const settings = {
    width,
    rtl: options.direction === "rtl",
    activeId: props.activeStepId ?? props.defaultActiveStepId,
    textScale: Math.max(1, options.textScale ?? 1),
  };
  if (options.mode === "list") return layoutList(props, settings);
  const ring = layoutRing(props, settings);
  // The ring gives way to the list where, scaled down to the width, its text would draw under 12 px.
  return options.mode === "ring" || ring.narrowBelow <= width ? ring : layoutList(props, settings);
}

export type { CycleDiagramLayout } from "./layout-types";
