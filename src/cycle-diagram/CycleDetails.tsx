import { DetailItems } from "../lifecycle-timeline/DetailItems";
import { TimelineText } from "../lifecycle-timeline/TimelineText";
import type { CycleDetailsLayout } from "./layout-types";
import type { CycleStep } from "./types";
import { enterMark } from "../motion/enter-mark";

/** Props of the active step's details. */
export interface CycleDetailsProps {
  /** The panel from the layout. */
  layout: CycleDetailsLayout;
  /** The step whose description and items are shown. */
  step: CycleStep;
  /** Place in the entrance sequence. */
  order: number;
}

/** The active step's panel: heading (for the eye only: the step's button already names it), description, items as a named list. */
export function CycleDetails({ layout, step, order }: CycleDetailsProps) {
  const { box } = layout;
  return (
    <g className="ri-cy-details" {...enterMark("fade", order)}>
      <rect className="ri-cy-panel" aria-hidden="true" x={box.x} y={box.y} width={box.width} height={box.height} rx={8} />
      {layout.heading ? <TimelineText block={layout.heading} aria-hidden="true" /> : null}
      {layout.description ? <TimelineText block={layout.description} /> : null}
      {layout.items.length > 0 ? <DetailItems items={step.items ?? []} layouts={layout.items} name={`${step.label}: details`} prefix="ri-cy" /> : null}
    </g>
  );
}
