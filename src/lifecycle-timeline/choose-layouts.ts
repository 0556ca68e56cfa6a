import { computeLifecycleTimelineLayout, DEFAULT_TIMELINE_WIDTH, timelineFitsHorizontally } from "./layout";
import type { LifecycleTimelineLayout } from "./layout-types";
import type { LifecycleTimelineProps } from "./types";

/** Width the narrow (vertical) picture is laid out for before the container is measured: a small phone. */
export const NARROW_WIDTH = 320;

/** The pictures to render: the main one, and the narrow one the container query swaps in below `narrowBelow`. */
export interface TimelinePictures {
  /** Shown at full width (`.ri-wide` when there is a narrow one). */
  wide: LifecycleTimelineLayout;
  /** Shown below `narrowBelow` (`.ri-narrow`). */
  narrow?: LifecycleTimelineLayout;
  /** Container width below which the narrow picture replaces the wide one. */
  narrowBelow?: number;
}

/**
 * Picks the pictures to render. Before the container is measured (server HTML, hydration) the wide picture is
 * laid out for an article column and a vertical one for a phone, and CSS picks one before any script runs. Once
 * the width is known, one picture is laid out for exactly that width.
 */
export function chooseTimelinePictures(
  props: LifecycleTimelineProps,
  containerWidth: number | undefined,
  direction: "ltr" | "rtl",
  textScale = 1,
): TimelinePictures {
  const orientation = props.orientation ?? "auto";
  const width = containerWidth ?? DEFAULT_TIMELINE_WIDTH;
  const across = orientation === "horizontal" || (orientation === "auto" && timelineFitsHorizontally(props, width, textScale));
  const wide = computeLifecycleTimelineLayout(props, { width, direction, textScale, orientation: across ? "horizontal" : "vertical" });
  if (containerWidth !== undefined || orientation === "horizontal") return { wide };
  const narrow = computeLifecycleTimelineLayout(props, { width: NARROW_WIDTH, direction, textScale, orientation: "vertical" });
  // The container query's max-width includes its bound, so stop one px short: at exactly the wide width, the wide picture shows.
  return { wide, narrow, narrowBelow: wide.narrowBelow - 1 };
}
