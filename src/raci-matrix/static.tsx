import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { computeRaciMatrixLayout } from "./layout";
import { drawStaticTaskCards } from "./static-cards";
import { drawStaticMatrix } from "./static-table";
import type { RaciMatrixProps } from "./types";

/**
 * The RACI matrix for a standalone SVG: the table laid out at the given width (scaled down when its columns need
 * more) with its legend, or one card per task at the widths where the component shows its cards, and wherever
 * scaling would drop text under 12 px.
 */
export function drawRaciMatrixStatic(props: RaciMatrixProps, context: StaticDrawContext): StaticDrawing {
  const layout = computeRaciMatrixLayout(props, { width: context.width, direction: context.direction });
  // The component swaps in its cards by a container query on the layout at its own width; the file follows suit.
  const componentSwitch = Math.ceil(computeRaciMatrixLayout(props, { direction: context.direction }).narrowBelow);
  const narrow = context.width <= componentSwitch || context.width < layout.narrowBelow;
  return narrow ? drawStaticTaskCards(layout.narrow, context) : drawStaticMatrix(layout, props.title, props.legend !== false, context);
}
