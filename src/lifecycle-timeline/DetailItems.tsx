import { normaliseItem } from "../core/items";
import { safeHref } from "../core/safe-href";
import type { InfographicItem } from "../core/types";
import type { DetailItemLayout } from "./layout-types";
import { TimelineText } from "./TimelineText";

/** Props of a list of laid-out items. */
export interface DetailItemsProps {
  /** The items as given. */
  items: readonly InfographicItem[];
  /** Their geometry, in the same order. */
  layouts: readonly DetailItemLayout[];
  /** The list's accessible name. */
  name: string;
  /** Class prefix of the kind drawing it (`ri-lt`): its stylesheet colours `-bullet` and `-muted`. */
  prefix: string;
}

/** Items as a named SVG list: a bullet, the label (a link when its href is safe) and the muted description. */
export function DetailItems({ items, layouts, name, prefix }: DetailItemsProps) {
  return (
    <g role="list" aria-label={name}>
      {layouts.map((placed, i) => {
        const raw = items[i];
        if (raw === undefined) return null;
        const item = normaliseItem(raw);
        const href = safeHref(item.href);
        const label = <TimelineText block={placed.label} />;
        return (
          <g role="listitem" key={i}>
            <circle className={`${prefix}-bullet`} aria-hidden="true" cx={placed.bullet.cx} cy={placed.bullet.cy} r={3} />
            {href ? (
              <a href={href} rel="noopener noreferrer">
                {label}
              </a>
            ) : (
              label
            )}
            {placed.description ? <TimelineText block={placed.description} className={`${prefix}-muted`} /> : null}
          </g>
        );
      })}
    </g>
  );
}
