import type { FocusEvent, KeyboardEvent } from "react";
import type { RovingFocus } from "../a11y/use-roving-focus";
import { arrowheadPath } from "./arrowheads";
import { quadrantListName } from "./describe";
import type { QuadrantChartLayout } from "./layout";
import { QuadrantItem } from "./QuadrantItem";
import { QuadrantText } from "./QuadrantText";
import { enterMark } from "../motion/enter-mark";

/** Props of the wide picture. */
export interface QuadrantPictureProps {
  /** The computed layout. */
  layout: QuadrantChartLayout;
  /** Accessible name of the drawing. */
  label: string;
  /** Prefix for element ids, unique to the figure. */
  idPrefix: string;
  /** Id of the keyboard hint. */
  hintId: string;
  /** Key of the item whose description shows. */
  active: string | undefined;
  /** Roving focus over the items. */
  roving: RovingFocus;
  /** Called when an item receives focus, or focus leaves the picture (`undefined`). */
  onFocusChange: (key: string | undefined) => void;
  /** Called when the pointer moves onto an item, or off it (`undefined`). */
  onHover: (key: string | undefined) => void;
  /** Keyboard handler for the whole picture. */
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
}

/**
 * The wide picture: the four cells with their names, the middle lines, both axes with their named ends, then
 * one list per quadrant that has items (each item a dot and its label), and the description boxes on top.
 */
export function QuadrantPicture({ layout, label, idPrefix, hintId, active, roving, onFocusChange, onHover, onKeyDown }: QuadrantPictureProps) {
  const onBlur = (event: FocusEvent<SVGSVGElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onFocusChange(undefined);
  };
  const tooltipId = (index: number) => `${idPrefix}tip-${index}`;
  const byKey = new Map(layout.items.map((item) => [item.key, item]));
  const { plot, middle } = layout;
  return (
    <svg
      className="ri-quadrant-picture"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      style={{ maxWidth: layout.width }}
      role="group"
      aria-label={label}
      data-ri-keys=""
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onPointerLeave={() => onHover(undefined)}
    >
      <g aria-hidden="true" {...enterMark("fade", 0)}>
        {layout.quadrants.map((q) => (
          <rect key={q.key} className="ri-quadrant-cell" {...q.cell} />
        ))}
        <line className="ri-quadrant-middle" x1={middle.x} x2={middle.x} y1={plot.y} y2={plot.y + plot.height} />
        <line className="ri-quadrant-middle" x1={plot.x} x2={plot.x + plot.width} y1={middle.y} y2={middle.y} />
        {[layout.xAxis, layout.yAxis].map((axis, i) => (
          <g key={i}>
            <line className="ri-quadrant-axis" {...axis.line} />
            <path className="ri-quadrant-arrow" d={arrowheadPath(axis)} />
          </g>
        ))}
      </g>
      <g {...enterMark("fade", 0)}>
        {[layout.yAxis, layout.xAxis].map((axis, i) => (
          <g key={i}>
            <QuadrantText block={axis.label} className="ri-quadrant-axis-label" hidden={false} />
            <QuadrantText block={axis.low} hidden={false} />
            <QuadrantText block={axis.high} hidden={false} />
          </g>
        ))}
        {layout.quadrants.map((q) => (
          <QuadrantText key={q.key} block={q.nameText} className="ri-quadrant-name" hidden={q.items.length > 0} />
        ))}
      </g>
      {layout.quadrants
        .filter((q) => q.items.length > 0)
        .map((q) => (
          <g key={q.key} role="list" aria-label={quadrantListName(q)} aria-describedby={hintId} data-quadrant={q.key}>
            {q.items.map((key) => {
              const item = byKey.get(key)!;
              const focus = roving.getItemProps(key);
              return (
                <QuadrantItem
                  key={key}
                  item={item}
                  active={active === key}
                  order={1 + item.index}
                  tooltipId={item.tooltip ? tooltipId(item.index) : undefined}
                  focusProps={{
                    ...focus,
                    onFocus: () => {
                      focus.onFocus();
                      onFocusChange(key);
                    },
                  }}
                  onHover={(hovering) => onHover(hovering ? key : undefined)}
                />
              );
            })}
          </g>
        ))}
      {layout.items
        .filter((item) => item.tooltip)
        .map((item) => (
          <g key={item.key} id={tooltipId(item.index)} className="ri-quadrant-tooltip" aria-hidden="true" data-state={active === item.key ? "open" : "closed"}>
            <rect {...item.tooltip!.panel} rx={6} />
            <QuadrantText block={item.tooltip!} hidden={false} />
          </g>
        ))}
    </svg>
  );
}
