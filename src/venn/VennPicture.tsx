import type { FocusEvent, KeyboardEvent } from "react";
import type { RovingFocus } from "../a11y/use-roving-focus";
import { regionFill, setStroke } from "./colors";
import { vennFocusKey, type VennFocus } from "./keyboard";
import type { VennLayout } from "./layout";
import { VennItem } from "./VennItem";
import { LinesText } from "../core/LinesText";
import { enterMark } from "../motion/enter-mark";

/** Tooltip lines read as one sentence. */
const space = () => " ";

/** What the picture highlights: the active region and the item whose description is open. */
export interface VennHighlight {
  /** Key of the highlighted region. */
  region?: string;
  /** Key of the item whose description shows. */
  item?: string;
}

/** Props of the wide picture. */
export interface VennPictureProps {
  /** The computed layout. */
  layout: VennLayout;
  /** Accessible name of the drawing. */
  label: string;
  /** Prefix for element ids, unique to the figure. */
  idPrefix: string;
  /** Id of the keyboard hint. */
  hintId: string;
  /** What is highlighted now. */
  highlight: VennHighlight;
  /** Roving focus over regions and items. */
  roving: RovingFocus;
  /** Called when a region or item receives focus, or focus leaves the picture (`null`). */
  onFocusChange: (focus: VennFocus | null) => void;
  /** Called when the pointer moves over a region or item, or leaves (`{}`). */
  onHover: (highlight: VennHighlight) => void;
  /** Whether some set has its own colour (see `regionFill`). */
  ownColors: boolean;
  /** Keyboard handler for the whole picture. */
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
}

/**
 * The wide picture: region fills, dashed circle outlines, set labels, then one list per non-empty region with
 * its items, and the description boxes on top. Decorative layers are hidden from assistive technology.
 */
export function VennPicture({ layout, label, idPrefix, hintId, highlight, roving, ownColors, onFocusChange, onHover, onKeyDown }: VennPictureProps) {
  const active = layout.regions.find((r) => r.key === highlight.region && r.items.length > 0);
  const onBlur = (event: FocusEvent<SVGSVGElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onFocusChange(null);
  };
  const tooltipId = (key: string) => `${idPrefix}t${key.replace(/\W/g, "_")}`;
  const firstItemOrder = 1 + layout.circles.length;
  const orderOf = new Map(layout.regions.flatMap((r) => r.items).map((item, i) => [item.key, firstItemOrder + i]));
  return (
    <svg
      className="ri-venn-picture"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      style={{ maxWidth: layout.width }}
      role="group"
      aria-label={label}
      data-ri-keys=""
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onPointerLeave={() => onHover({})}
    >
      <g aria-hidden="true" {...enterMark("fade", 0)}>
        {layout.regions.map((region) => (
          <path
            key={region.key}
            className="ri-venn-region-fill"
            d={region.path}
            style={{ fill: regionFill(region.members, ownColors) }}
            data-region={region.key}
            data-state={active?.key === region.key ? "active" : undefined}
            data-ri-dim={active !== undefined && active.key !== region.key ? "true" : "false"}
            onPointerEnter={() => onHover(region.items.length > 0 ? { region: region.key } : {})}
          />
        ))}
      </g>
      <g aria-hidden="true">
        {layout.circles.map((circle) => (
          <circle
            key={circle.setIndex}
            className="ri-venn-circle"
            data-set={circle.setIndex}
            cx={circle.cx}
            cy={circle.cy}
            r={circle.r}
            style={{ stroke: setStroke(circle.setIndex, ownColors) }}
            {...enterMark("pop", circle.setIndex)}
          />
        ))}
        {active ? <path className="ri-venn-highlight" d={active.path} /> : null}
        {layout.circles.map((circle) => (
          <LinesText
            key={circle.setIndex}
            lines={circle.label.lines}
            className="ri-venn-set-label"
            {...enterMark("fade", layout.circles.length)}
          />
        ))}
      </g>
      {layout.regions
        .filter((region) => region.items.length > 0)
        .map((region) => {
          const regionFocus = roving.getItemProps(vennFocusKey({ region: region.key }));
          return (
            <g
              key={region.key}
              role="list"
              aria-label={region.name}
              aria-describedby={hintId}
              className="ri-venn-region"
              data-region={region.key}
              data-state={active?.key === region.key ? "active" : undefined}
              {...regionFocus}
              onFocus={(event) => {
                if (event.target !== event.currentTarget) return;
                regionFocus.onFocus();
                onFocusChange({ region: region.key });
              }}
            >
              <path className="ri-focus-ring" d={region.path} />
              {region.items.map((item, index) => {
                const itemFocus = roving.getItemProps(vennFocusKey({ region: region.key, item: index }));
                return (
                  <VennItem
                    key={item.key}
                    item={item}
                    order={orderOf.get(item.key) ?? firstItemOrder}
                    tooltipId={item.tooltip ? tooltipId(item.key) : undefined}
                    focusProps={{
                      ...itemFocus,
                      onFocus: () => {
                        itemFocus.onFocus();
                        onFocusChange({ region: region.key, item: index });
                      },
                    }}
                    onHover={(hovering) => onHover(hovering ? { region: region.key, item: item.key } : { region: region.key })}
                  />
                );
              })}
            </g>
          );
        })}
      {layout.regions.flatMap((region) =>
        region.items
          .filter((item) => item.tooltip)
          .map((item) => (
            <g key={item.key} id={tooltipId(item.key)} className="ri-venn-tooltip" aria-hidden="true" data-state={highlight.item === item.key ? "open" : undefined}>
              <rect x={item.tooltip!.box.x} y={item.tooltip!.box.y} width={item.tooltip!.box.width} height={item.tooltip!.box.height} rx={6} />
              <LinesText lines={item.tooltip!.lines} gap={space} />
            </g>
          )),
      )}
    </svg>
  );
}
