import { normaliseItem } from "../core/items";
import { safeHref } from "../core/safe-href";
import { TimelineText } from "../lifecycle-timeline/TimelineText";
import type { CycleDetailsLayout } from "./layout-types";
import type { CycleStep } from "./types";

/** Props of the active step's details. */
export interface CycleDetailsProps {
  /** The panel from the layout. */
  layout: CycleDetailsLayout;
  /** The step whose description and items are shown. */
  step: CycleStep;
  /** Place in the entrance sequence. */
  order: number;
}

/** The active step's panel: heading (for the eye only: the step's button already names it), description, items as a named list; safe links become links. */
export function CycleDetails({ layout, step, order }: CycleDetailsProps) {
  const items = step.items ?? [];
  const { box } = layout;
  return (
    <g className="ri-cy-details" data-ri-enter="fade" data-ri-order={order}>
      <rect className="ri-cy-panel" aria-hidden="true" x={box.x} y={box.y} width={box.width} height={box.height} rx={8} />
      {layout.heading ? <TimelineText block={layout.heading} aria-hidden="true" /> : null}
      {layout.description ? <TimelineText block={layout.description} /> : null}
      {layout.items.length > 0 ? (
        <g role="list" aria-label={`${step.label}: details`}>
          {layout.items.map((placed, i) => {
            const raw = items[i];
            if (raw === undefined) return null;
            const item = normaliseItem(raw);
            const href = safeHref(item.href);
            const label = <TimelineText block={placed.label} />;
            return (
              <g role="listitem" key={i}>
                <circle className="ri-cy-bullet" aria-hidden="true" cx={placed.bullet.cx} cy={placed.bullet.cy} r={3} />
                {href ? (
                  <a href={href} rel="noopener noreferrer">
                    {label}
                  </a>
                ) : (
                  label
                )}
                {placed.description ? <TimelineText block={placed.description} className="ri-cy-muted" /> : null}
              </g>
            );
          })}
        </g>
      ) : null}
    </g>
  );
}
