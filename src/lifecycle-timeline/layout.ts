import { horizontalFits, layoutHorizontal } from "./layout-horizontal";
import type { LifecycleTimelineLayout } from "./layout-types";
import { layoutVertical } from "./layout-vertical";
import type { LifecycleTimelineProps } from "./types";

/** Width of an article column, used when no width is given. */
export const DEFAULT_TIMELINE_WIDTH = 680;

/** Options of `computeLifecycleTimelineLayout`. */
export interface LifecycleTimelineLayoutOptions {
  /** Width to lay out for, in px. Default 680. */
  width?: number;
  /** Direction the stages run in; default: horizontal where every stage label fits `width`, else vertical. */
  orientation?: "horizontal" | "vertical";
  /** Reading direction: RTL mirrors the picture. Default `ltr`. */
  direction?: "ltr" | "rtl";
}

/**
 * Lays out a lifecycle timeline: stage markers, wrapped texts, connector, lane bars, loop arrow and the active
 * stage's details, sized to fit the text. Pure and deterministic (no DOM); numbers are rounded to 2 decimals.
 * The active stage is `activeStageId`, else `defaultActiveStageId`. Expects props that pass validation.
 */
export function computeLifecycleTimelineLayout(
  props: LifecycleTimelineProps,
  options: LifecycleTimelineLayoutOptions = {},
): LifecycleTimelineLayout {
  const width = Math.max(1, options.width ?? DEFAULT_TIMELINE_WIDTH);
  const rtl = options.direction === "rtl";
  const orientation = options.orientation ?? (horizontalFits(props, width) ? "horizontal" : "vertical");
  const activeId = props.activeStageId ?? props.defaultActiveStageId;
  return orientation === "horizontal" ? layoutHorizontal(props, width, rtl, activeId) : layoutVertical(props, width, rtl, activeId);
}

/** Whether the stages fit side by side at this width, every label unbroken (what `orientation="auto"` asks). */
export function timelineFitsHorizontally(props: Pick<LifecycleTimelineProps, "stages">, width: number = DEFAULT_TIMELINE_WIDTH): boolean {
  return horizontalFits(props, width);
}

export type { LifecycleTimelineLayout } from "./layout-types";
