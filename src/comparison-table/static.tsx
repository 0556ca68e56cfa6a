import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { computeComparisonTableLayout } from "./layout";
import { drawStaticCards } from "./static-cards";
import { drawStaticTable } from "./StaticTable";
import type { ComparisonTableProps } from "./types";

/**
 * The comparison table for a standalone SVG: the table laid out at the given width (scaled down when its columns
 * need more), or one card per column at the widths where the component stacks its cards, and wherever scaling
 * would drop text under 12 px.
 */
export function drawComparisonTableStatic(props: ComparisonTableProps, context: StaticDrawContext): StaticDrawing {
  const layout = computeComparisonTableLayout(props, { width: context.width, direction: context.direction });
  // The component swaps in its cards by a container query on the layout at its own width; the file follows suit,
  // so that a table squeezed into a phone's width is not drawn where a reader of the page would see cards.
  const componentSwitch = Math.ceil(computeComparisonTableLayout(props, { direction: context.direction }).narrowBelow);
  const narrow = context.width <= componentSwitch || context.width < layout.narrowBelow;
  return narrow ? drawStaticCards(layout.narrow, context) : drawStaticTable(layout, props.title, context);
}
