import { computeStatCalloutsLayout, DEFAULT_STAT_WIDTH, NARROW_STAT_WIDTH, type StatCalloutsLayout } from "./layout";
import type { StatCalloutsProps } from "./types";

/** The pictures to render: the main one, and the one-column one the container query swaps in below `narrowBelow`. */
export interface StatPictures {
  /** Shown at full width (`.ri-wide` when there is a narrow one). */
  wide: StatCalloutsLayout;
  /** Shown below `narrowBelow` (`.ri-narrow`). */
  narrow?: StatCalloutsLayout;
  /** Container width below which the narrow picture replaces the wide one. */
  narrowBelow?: number;
}

/**
 * Before the container is measured (server HTML, hydration) the grid is laid out for an article column and for a
 * phone, and CSS picks one before any script runs; once the width is known, one picture fits it exactly.
 */
export function chooseStatPictures(props: StatCalloutsProps, containerWidth: number | undefined, direction: "ltr" | "rtl", textScale = 1): StatPictures {
  const wide = computeStatCalloutsLayout(props, { width: containerWidth ?? DEFAULT_STAT_WIDTH, direction, textScale });
  if (containerWidth !== undefined) return { wide };
  const narrow = computeStatCalloutsLayout(props, { width: NARROW_STAT_WIDTH, direction, textScale });
  // The query's max-width includes its bound: stop one px short, so that at exactly that width the wide picture shows.
  return { wide, narrow, narrowBelow: wide.narrowBelow - 1 };
}
