import { paletteVar, SET_DASHES } from "../theme/tokens";
import type { LaneLayout } from "./layout-types";
import type { TimelineLane } from "./types";
import { TimelineText } from "./TimelineText";

/** Fill, stroke and text colour of a lane: its own `color`, or the palette's colour for its place. */
export function laneColors(lane: TimelineLane, index: number): { fill: string; stroke: string; ink: string } {
  if (lane.color) return { fill: `color-mix(in srgb, ${lane.color} 28%, var(--ri-bg))`, stroke: lane.color, ink: "var(--ri-text)" };
  return { fill: paletteVar(index, "fill"), stroke: paletteVar(index, "stroke"), ink: paletteVar(index, "ink") };
}

/** Props of the lanes drawing. */
export interface TimelineLanesProps {
  /** Lane geometry from the layout. */
  layouts: readonly LaneLayout[];
  /** The lanes as given, for colours. */
  lanes: readonly TimelineLane[];
  /** Place of the first lane in the entrance sequence. */
  firstOrder: number;
}

/**
 * The lanes as drawn: labels, bars (colour plus a dash pattern, so colour is not the only cue) and the key. It is
 * hidden from assistive technology, which reads the same facts as sentences instead.
 */
export function TimelineLanes({ layouts, lanes, firstOrder }: TimelineLanesProps) {
  return (
    <g className="ri-lt-lanes" aria-hidden="true">
      {layouts.map((layout) => {
        const lane = lanes[layout.index];
        if (!lane) return null;
        const colors = laneColors(lane, layout.index);
        const dash = SET_DASHES[layout.index % SET_DASHES.length];
        const barStyle = { fill: colors.fill, stroke: colors.stroke };
        const dashArray = dash === "none" ? undefined : dash;
        return (
          <g key={layout.id} data-ri-enter="fade" data-ri-order={firstOrder + layout.index}>
            {layout.swatch ? (
              <rect className="ri-lt-bar" style={barStyle} strokeDasharray={dashArray} x={layout.swatch.x} y={layout.swatch.y} width={layout.swatch.width} height={layout.swatch.height} rx={3} />
            ) : null}
            <TimelineText block={layout.label} />
            {layout.bars.map((bar) => (
              <g key={bar.spanIndex}>
                <rect
                  className="ri-lt-bar"
                  style={barStyle}
                  strokeDasharray={dashArray}
                  x={bar.box.x}
                  y={bar.box.y}
                  width={bar.box.width}
                  height={bar.box.height}
                  rx={Math.min(6, bar.box.width / 2)}
                />
                {bar.label ? <TimelineText block={bar.label} style={{ fill: colors.ink }} /> : null}
              </g>
            ))}
          </g>
        );
      })}
    </g>
  );
}
