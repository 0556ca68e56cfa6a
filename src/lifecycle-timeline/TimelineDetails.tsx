import type { LifecycleStage } from "./types";
import type { DetailsLayout } from "./layout-types";
import { DetailItems } from "./DetailItems";
import { TimelineText } from "./TimelineText";
import { enterMark } from "../motion/enter-mark";

/** Props of the active stage's details. */
export interface TimelineDetailsProps {
  /** The panel from the layout. */
  layout: DetailsLayout;
  /** The stage whose items are listed. */
  stage: LifecycleStage;
  /** Place in the entrance sequence. */
  order: number;
}

/** The active stage's items as a named list in a panel; safe links become links. */
export function TimelineDetails({ layout, stage, order }: TimelineDetailsProps) {
  return (
    <g className="ri-lt-details" {...enterMark("fade", order)}>
      <rect className="ri-lt-panel" aria-hidden="true" x={layout.box.x} y={layout.box.y} width={layout.box.width} height={layout.box.height} rx={8} />
      {layout.heading ? <TimelineText block={layout.heading} aria-hidden="true" /> : null}
      <DetailItems items={stage.items ?? []} layouts={layout.items} name={`${stage.label}: details`} prefix="ri-lt" />
    </g>
  );
}
