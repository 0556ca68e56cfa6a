import type { RovingFocus } from "../a11y/use-roving-focus";
import { LinesText, type PlacedLine } from "../core/LinesText";
import { round2 } from "./geometry";
import type { VennItemLayout } from "./layout";
import { enterMark } from "../motion/enter-mark";

/** Props of one item in the wide picture. */
export interface VennItemProps {
  /** The placed item. */
  item: VennItemLayout;
  /** Roving-focus props for the element that takes focus (the link, or the item itself). */
  focusProps: ReturnType<RovingFocus["getItemProps"]> & { onFocus: () => void };
  /** Id of the description box, when the item has one. */
  tooltipId?: string;
  /** Place in the entrance sequence. */
  order: number;
  /** Called when the pointer enters or leaves the item. */
  onHover: (hovering: boolean) => void;
}

/** A space ends every line broken at a space, so the item reads as one phrase. */
const itemGap = (line: PlacedLine) => (line.text.endsWith("-") ? "" : " ");

/** One item of a region: a list item with its text, a link when it has a safe `href`, and a focus ring. */
export function VennItem({ item, focusProps, tooltipId, order, onHover }: VennItemProps) {
  const { box } = item;
  // One rect is both the pointer's target and, when the item has keyboard focus, its ring (the stylesheet finds it as
  // `.ri-venn-item rect`, no class needed). An unnamed shape is not in the accessibility tree: no aria-hidden needed.
  const decoration = (
    <rect
      x={round2(box.x - 4)}
      y={round2(box.y - 3)}
      width={round2(box.width + 8)}
      height={round2(box.height + 6)}
    />
  );
  const focusable = { ...focusProps, "aria-describedby": tooltipId };
  return (
    <g
      role="listitem"
      className="ri-venn-item"
      data-described={item.description ? "true" : undefined}
      {...enterMark("fade", order)}
      onPointerEnter={() => onHover(true)}
      onPointerLeave={() => onHover(false)}
      {...(item.href ? {} : focusable)}
    >
      {item.href ? (
        <a href={item.href} {...focusable}>
          {decoration}
          <LinesText lines={item.lines} gap={itemGap} />
        </a>
      ) : (
        <>
          {decoration}
          <LinesText lines={item.lines} gap={itemGap} />
        </>
      )}
    </g>
  );
}
