import { Fragment, type CSSProperties } from "react";
import { categoricalColor } from "../theme/color-roles";
import { propertyRule } from "../theme/property-rule";
import { SET_DASHES } from "../theme/tokens";
import type { LaneLayout } from "./layout-types";
import { LANE_COLOR_PREFIX } from "./text-size";
import type { TimelineLane } from "./types";
import { TimelineText } from "./TimelineText";
import { enterMark } from "../motion/enter-mark";

/** Props of the lanes drawing. */
export interface TimelineLanesProps {
  /** Lane geometry from the layout. */
  layouts: readonly LaneLayout[];
  /** The lanes as given, for colours. */
  lanes: readonly TimelineLane[];
  /** Place of the first lane in the entrance sequence. */
  firstOrder: number;
  /** Class that `laneRules` gives the lanes' colours under; without it each lane carries its colours inline. */
  scope?: string;
}

/**
 * The colour and dash properties of the lane at `index`: its own colour for both schemes (the stylesheet picks
 * one), or the palette's for its place, which already follows the scheme and forced colours and so is given directly.
 */
function laneColors(index: number, lane: TimelineLane): Record<string, string> {
  // The lane's outline dash (a second cue besides colour) travels with its colours: `.ri-lt-bar` reads `--lt-dash`.
  const dash = SET_DASHES[index % SET_DASHES.length];
  const colors = categoricalColor(LANE_COLOR_PREFIX, index, lane.color);
  return !dash || dash === "none" ? colors : { ...colors, [`${LANE_COLOR_PREFIX}-dash`]: dash };
}

/** Whether any lane has its own colour (and so needs the stylesheet's rules that pick it per scheme). */
export function hasCustomLaneColor(lanes: readonly TimelineLane[] | undefined): boolean {
  return lanes?.some((lane) => lane.color?.trim()) ?? false;
}

/** Rules that colour each lane (`data-lane`) under `scope`, written once for both drawings of the timeline. */
export function laneRules(scope: string, lanes: readonly TimelineLane[]): string {
  return lanes.map((lane, index) => propertyRule(`.${scope}>[data-lane="${index}"]`, laneColors(index, lane))).join("");
}

/**
 * The lanes as drawn: labels, bars (colour plus a dash pattern, so colour is not the only cue) and the key. It is
 * hidden from assistive technology, which reads the same facts as sentences instead.
 */
export function TimelineLanes({ layouts, lanes, firstOrder, scope }: TimelineLanesProps) {
  return (
    <g className={scope} aria-hidden="true">
      {layouts.map((layout) => {
        const lane = lanes[layout.index];
        if (!lane) return null;
        // Both schemes' colours, from the scoped rules or inline: the stylesheet picks one.
        return (
          <g
            key={layout.id}
            data-lane={layout.index}
            style={scope ? undefined : (laneColors(layout.index, lane) as CSSProperties)}
            {...enterMark("fade", firstOrder + layout.index)}>
            {layout.swatch ? (
              <rect className="ri-lt-bar" x={layout.swatch.x} y={layout.swatch.y} width={layout.swatch.width} height={layout.swatch.height} rx={3} />
            ) : null}
            <TimelineText block={layout.label} />
            {layout.bars.map((bar) => (
              <Fragment key={bar.spanIndex}>
                <rect
                  className="ri-lt-bar"
                  x={bar.box.x}
                  y={bar.box.y}
                  width={bar.box.width}
                  height={bar.box.height}
                  rx={Math.min(6, bar.box.width / 2)}
                />
                {bar.label ? <TimelineText block={bar.label} className="ri-lt-bar-label" /> : null}
              </Fragment>
            ))}
          </g>
        );
      })}
    </g>
  );
}
