import type { InfographicItem } from "../core/types";
import { layoutDetails } from "../lifecycle-timeline/layout-details";
import { bottomOf, type LayoutFrame } from "../lifecycle-timeline/layout-frame";
import type { CycleDetailsLayout, TextBlock } from "./layout-types";
import { CYCLE_FONTS } from "./layout-text";

/** Inner padding of the details panel (as the timeline's). */
const PADDING = 12;

/** What the details panel shows. */
export interface DetailsContent {
  /** Id of the active step. */
  stepId: string;
  /** Heading over the panel, when the panel stands apart from its step. */
  heading?: string;
  /** The step's description. */
  description?: string;
  /** The step's items. */
  items?: readonly InfographicItem[];
}

/** Whether a step has anything for the details panel to show. */
export function hasDetails(step: { description?: string; items?: readonly unknown[] }): boolean {
  return Boolean(step.description) || (step.items?.length ?? 0) > 0;
}

/**
 * Lays out the active step's panel `width` wide from (left, top): heading, description, then the items (placed by
 * the timeline's item layout). Returns the panel and its bottom edge.
 */
export function layoutCycleDetails(
  frame: LayoutFrame,
  content: DetailsContent,
  { left, top, width }: { left: number; top: number; width: number },
): { details: CycleDetailsLayout; bottom: number } {
  const inner = width - 2 * PADDING;
  let y = top + PADDING;
  let heading: TextBlock | undefined;
  let description: TextBlock | undefined;
  if (content.heading !== undefined) {
    heading = frame.text(content.heading, CYCLE_FONTS.heading, left + PADDING, y, inner);
    y = bottomOf(heading, y) + 6;
  }
  if (content.description) {
    description = frame.text(content.description, CYCLE_FONTS.description, left + PADDING, y, inner);
    y = bottomOf(description, y) + 8;
  }
  let items: CycleDetailsLayout["items"] = [];
  let bottom = y - (heading || description ? 8 : 0) + PADDING;
  if (content.items && content.items.length > 0) {
    // The timeline's item list starts one padding inside the top it is given.
    const placed = layoutDetails(frame, content.stepId, content.items, { left, top: y - PADDING, width });
    items = placed.details.items;
    bottom = placed.bottom;
  }
  const box = frame.box({ x: left, y: top, width, height: bottom - top });
  return {
    details: { stepId: content.stepId, box, ...(heading ? { heading } : {}), ...(description ? { description } : {}), items },
    bottom,
  };
}
