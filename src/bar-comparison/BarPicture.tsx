import type { FocusEvent, KeyboardEvent } from "react";
import type { RovingFocus } from "../a11y/use-roving-focus";
import { seriesColor } from "./colors";
import { textAnchor } from "./describe";
import { NARROW_MAX_SCALE, type BarComparisonLayout, type BarTextBlock } from "./layout";
import { MARKER } from "./legend";
import { markerPath } from "./markers";
import { enterMark } from "../motion/enter-mark";

/** Props of one drawing (wide or narrow) of the bars. */
export interface BarPictureProps {
  /** The computed layout. */
  layout: BarComparisonLayout;
  /** Accessible name of the drawing. */
  label: string;
  /** Id of the keyboard hint. */
  hintId: string;
  /** Index of the series highlighted now, if any. */
  active: number | undefined;
  /** Roving focus over the bars, keyed by bar key. */
  roving: RovingFocus;
  /** Called when a bar receives focus (`undefined`: focus left the drawing). */
  onFocusBar: (key: string | undefined) => void;
  /** Called when the pointer rests on a bar or legend entry of a series, or leaves the drawing (`undefined`). */
  onHoverSeries: (series: number | undefined) => void;
  /** Keyboard handler for the drawing. */
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
}

/** Lines of text; `numeric` text is laid out left to right in any direction, so that "+2" never reads "2+". */
function Text({ block, className, rtl, empty, numeric }: { block: BarTextBlock; className: string; rtl: boolean; empty?: boolean; numeric?: boolean }) {
  return (
    <text className={className} textAnchor={textAnchor(block.align, rtl && !numeric)} direction={numeric && rtl ? "ltr" : undefined} data-empty={empty ? "" : undefined}>
      {block.lines.map((line, i) => (
        <tspan key={i} x={line.x} y={line.y}>
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

/**
 * One drawing of the bars: legend, grid and zero line, category names, then each bar as a focusable image named
 * "Category, Series: value" with its printed value and marker. Hover and focus highlight the bar's series alike.
 */
export function BarPicture({ layout, label, hintId, active, roving, onFocusBar, onHoverSeries, onKeyDown }: BarPictureProps) {
  const rtl = layout.direction === "rtl";
  const dim = (series: number) => (active === undefined ? "false" : String(active !== series));
  const onBlur = (event: FocusEvent<SVGSVGElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onFocusBar(undefined);
  };
  const { axis } = layout;
  return (
    <svg
      className="ri-bars-picture"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      style={{ maxWidth: layout.mode === "narrow" ? layout.width * NARROW_MAX_SCALE : layout.width }}
      role="group"
      aria-label={label}
      data-ri-keys=""
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onPointerLeave={() => onHoverSeries(undefined)}
    >
      <g className="ri-bars-legend" aria-hidden="true" {...enterMark("fade", 0)}>
        {layout.legend.map((entry) => (
          <g key={entry.seriesIndex} data-series={entry.seriesIndex} data-ri-dim={dim(entry.seriesIndex)} onPointerEnter={() => onHoverSeries(entry.seriesIndex)}>
            <path d={markerPath(entry.seriesIndex, entry.marker.cx, entry.marker.cy, MARKER + 2)} style={{ fill: seriesColor(entry.seriesIndex) }} />
            <Text block={entry.text} className="ri-bars-legend-label" rtl={rtl} />
          </g>
        ))}
      </g>
      <g aria-hidden="true" {...enterMark("fade", 0)}>
        {axis.ticks.map((tick) => (
          <g key={tick.value}>
            {tick.value !== 0 ? axis.bands.map((band, i) => <line key={i} className="ri-bars-grid" x1={tick.x} x2={tick.x} y1={band.top} y2={band.bottom} />) : null}
            <Text block={tick.text} className="ri-bars-tick" rtl={rtl} numeric />
          </g>
        ))}
        {layout.categories.map((block, i) => (
          <Text key={i} block={block} className="ri-bars-category" rtl={rtl} />
        ))}
      </g>
      {layout.bars.map((bar, i) => {
        const focus = roving.getItemProps(bar.key);
        const color = seriesColor(bar.seriesIndex);
        return (
          <g
            key={bar.key}
            className="ri-bars-item"
            role="img"
            aria-label={bar.name}
            aria-describedby={hintId}
            data-key={bar.key}
            data-series={bar.seriesIndex}
            data-ri-dim={dim(bar.seriesIndex)}
            {...focus}
            onFocus={() => {
              focus.onFocus();
              onFocusBar(bar.key);
            }}
            onPointerEnter={() => onHoverSeries(bar.seriesIndex)}
          >
            <rect className="ri-focus-ring" x={bar.focus.x} y={bar.focus.y} width={bar.focus.width} height={bar.focus.height} rx={4} />
            {bar.rect.width > 0 ? (
              <rect className="ri-bars-bar" x={bar.rect.x} y={bar.rect.y} width={bar.rect.width} height={bar.rect.height} rx={2} style={{ fill: color }} data-grows={bar.grows} {...enterMark("grow", 1 + Math.min(i, 12))} />
            ) : null}
            {bar.label ? (
              <g {...enterMark("fade", 2 + Math.min(i, 12))}>
                {bar.label.placement === "inside" ? <rect className="ri-bars-pill" x={bar.label.box.x} y={bar.label.box.y} width={bar.label.box.width} height={bar.label.box.height} rx={3} /> : null}
                <path d={markerPath(bar.seriesIndex, bar.label.marker.cx, bar.label.marker.cy, MARKER)} style={{ fill: color }} />
                <Text block={bar.label.text} className="ri-bars-value" rtl={rtl} empty={bar.value === null} numeric={bar.label.placement !== "row"} />
              </g>
            ) : null}
          </g>
        );
      })}
      <g aria-hidden="true">
        {axis.bands.map((band, i) => (
          <line key={i} className="ri-bars-zero" x1={axis.zeroX} x2={axis.zeroX} y1={band.top} y2={band.bottom} />
        ))}
      </g>
    </svg>
  );
}
