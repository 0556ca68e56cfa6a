import { normaliseItem } from "../core/items";
import { safeHref } from "../core/safe-href";
import type { LifecycleStage } from "./types";
import type { DetailsLayout } from "./layout-types";
import { TimelineText } from "./TimelineText";

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
  const items = stage.items ?? [];
  return (
    <g className="ri-lt-details" data-ri-enter="fade" data-ri-order={order}>
      <rect className="ri-lt-panel" aria-hidden="true" x={layout.box.x} y={layout.box.y} width={layout.box.width} height={layout.box.height} rx={8} />
      {layout.heading ? <TimelineText block={layout.heading} aria-hidden="true" /> : null}
      <g role="list" aria-label={`${stage.label}: details`}>
        {layout.items.map((placed, i) => {
          const raw = items[i];
          if (raw === undefined) return null;
          const item = normaliseItem(raw);
          const href = safeHref(item.href);
          const label = <TimelineText block={placed.label} />;
          return (
            <g role="listitem" key={i}>
              <circle className="ri-lt-bullet" aria-hidden="true" cx={placed.bullet.cx} cy={placed.bullet.cy} r={3} />
              {href ? (
                <a href={href} rel="noopener noreferrer">
                  {label}
                </a>
              ) : (
                label
              )}
              {placed.description ? <TimelineText block={placed.description} className="ri-lt-muted" /> : null}
            </g>
          );
        })}
      </g>
    </g>
  );
}
