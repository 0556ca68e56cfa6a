import { computeCycleDiagramLayout, DEFAULT_CYCLE_WIDTH } from "./layout";
import type { CycleDiagramLayout } from "./layout-types";
import type { CycleDiagramProps } from "./types";

/** Width the narrow list is laid out for before the container is measured: a small phone. */
export const NARROW_WIDTH = 320;

/** The pictures to render: the main one, and the narrow one the container query swaps in below `narrowBelow`. */
export interface CyclePictures {
  /** Shown at full width (`.ri-wide` when there is a narrow one). */
  wide: CycleDiagramLayout;
  /** Shown below `narrowBelow` (`.ri-narrow`). */
  narrow?: CycleDiagramLayout;
  /** Container width below which the narrow picture replaces the wide one. */
  narrowBelow?: number;
}

/**
 * Picks the pictures to render. Before the container is measured (server HTML, hydration) the ring is laid out for
 * an article column and the list for a phone, and CSS picks one before any script runs. Once the width is known,
 * one picture is laid out for exactly that width: the ring where its text stays readable, else the list.
 */
export function chooseCyclePictures(props: CycleDiagramProps, containerWidth: number | undefined, direction: "ltr" | "rtl", textScale = 1): CyclePictures {
  if (containerWidth !== undefined) return { wide: computeCycleDiagramLayout(props, { width: containerWidth, direction, textScale }) };
  const wide = computeCycleDiagramLayout(props, { width: DEFAULT_CYCLE_WIDTH, direction, textScale, mode: "ring" });
  const narrow = computeCycleDiagramLayout(props, { width: NARROW_WIDTH, direction, textScale, mode: "list" });
  // The container query's max-width includes its bound, so stop one px short: at exactly the wide width, the ring shows.
  return { wide, narrow, narrowBelow: wide.narrowBelow - 1 };
}
