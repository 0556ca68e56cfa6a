import type { RovingFocus } from "../a11y/use-roving-focus";
import type { QuadrantItemLayout } from "./layout";
import { QuadrantText } from "./QuadrantText";
import { enterMark } from "../motion/enter-mark";

/** Props of one item of the picture. */
export interface QuadrantItemProps {
  /** The placed item. */
  item: QuadrantItemLayout;
  /** Whether its description shows (hover or focus). */
  active: boolean;
  /** Roving-focus props, with the focus handler that also records the focus. */
  focusProps: ReturnType<RovingFocus["getItemProps"]> & { onFocus: () => void };
  /** Id of its description box, when it has one. */
  tooltipId?: string;
  /** Place in the entrance sequence. */
  order: number;
  /** Called when the pointer enters or leaves the item. */
  onHover: (hovering: boolean) => void;
}

/** One item: its dot, its label (joined by a leader line when apart), a focus ring round both, named with its position. */
export function QuadrantItem({ item, active, focusProps, tooltipId, order, onHover }: QuadrantItemProps) {
  const { box } = item.text;
  return (
    <g
      role="listitem"
      className="ri-quadrant-item"
      aria-label={item.words}
      aria-describedby={tooltipId}
      data-key={item.key}
      data-state={active ? "active" : "inactive"}
      data-described={item.description ? "true" : undefined}
      {...enterMark("fade", order)}
      onPointerEnter={() => onHover(true)}
      onPointerLeave={() => onHover(false)}
      {...focusProps}
    >
      <rect x={box.x - 3} y={box.y - 2} width={box.width + 6} height={box.height + 4} fill="transparent" aria-hidden="true" />
      <circle cx={item.dot.x} cy={item.dot.y} r={12} fill="transparent" aria-hidden="true" />
      {item.leader ? <line className="ri-quadrant-leader" {...item.leader} aria-hidden="true" /> : null}
      <circle className="ri-quadrant-dot" cx={item.dot.x} cy={item.dot.y} r={6} aria-hidden="true" />
      <QuadrantText block={item.text} />
      <rect className="ri-focus-ring" x={box.x - 4} y={box.y - 3} width={box.width + 8} height={box.height + 6} rx={4} aria-hidden="true" />
      <circle className="ri-focus-ring" cx={item.dot.x} cy={item.dot.y} r={10} aria-hidden="true" />
    </g>
  );
}
