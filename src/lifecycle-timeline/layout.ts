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
  /**
   * How much wider the reader's font draws than the built-in Arial-like metrics (1, the default, trusts them). The
   * component measures this in the browser after fonts load and lays out again only when text would overflow.
   */
  textScale?: number;
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
  const textScale = Math.max(1, options.textScale ?? 1);
  const settings = { width, rtl: options.direction === "rtl", activeId: props.activeStageId ?? props.defaultActiveStageId, textScale };
  const orientation = options.orientation ?? (horizontalFits(props, width, textScale) ? "horizontal" : "vertical");
  return orientation === "horizontal" ? layoutHorizontal(props, settings) : layoutVertical(props, settings);
}

/** Whether the stages fit side by side at this width, every label unbroken (what `orientation="auto"` asks). */
export function timelineFitsHorizontally(props: Pick<LifecycleTimelineProps, "stages">, width: number = DEFAULT_TIMELINE_WIDTH, textScale = 1): boolean {
  return horizontalFits(props, width, Math.max(1, textScale));
}

export type { LifecycleTimelineLayout } from "./layout-types";
