import type { CSSProperties } from "react";
import { colorRoleProperties } from "../theme/color-roles";
import { SET_DASHES } from "../theme/tokens";
import type { LaneLayout } from "./layout-types";
import { LANE_COLOR_PREFIX } from "./styles";
import type { TimelineLane } from "./types";
import { TimelineText } from "./TimelineText";

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
        const dash = SET_DASHES[layout.index % SET_DASHES.length];
        const dashArray = dash === "none" ? undefined : dash;
        // The lane's own colour, or the palette's for its place, for both schemes: the stylesheet picks one.
        const colors = colorRoleProperties(LANE_COLOR_PREFIX, layout.index, lane.color) as CSSProperties;
        return (
          <g key={layout.id} className="ri-lt-lane" style={colors} data-ri-enter="fade" data-ri-order={firstOrder + layout.index}>
            {layout.swatch ? (
              <rect className="ri-lt-bar" strokeDasharray={dashArray} x={layout.swatch.x} y={layout.swatch.y} width={layout.swatch.width} height={layout.swatch.height} rx={3} />
            ) : null}
            <TimelineText block={layout.label} />
            {layout.bars.map((bar) => (
              <g key={bar.spanIndex}>
                <rect
                  className="ri-lt-bar"
                  strokeDasharray={dashArray}
                  x={bar.box.x}
                  y={bar.box.y}
                  width={bar.box.width}
                  height={bar.box.height}
                  rx={Math.min(6, bar.box.width / 2)}
                />
                {bar.label ? <TimelineText block={bar.label} className="ri-lt-bar-label" /> : null}
              </g>
            ))}
          </g>
        );
      })}
    </g>
  );
}
