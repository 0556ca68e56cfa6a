import type { StaticPalette } from "../theme/static-palette";
import { SET_DASHES } from "../theme/tokens";
import { LANES_LIST_NAME, laneSentence } from "./describe";
import type { LaneLayout } from "./layout-types";
import { StaticBlockText } from "./static-text";
import type { LifecycleStage, TimelineLane } from "./types";

/** Props of the lanes in a standalone SVG. */
export interface StaticLanesProps {
  /** Lane geometry from the layout. */
  layouts: readonly LaneLayout[];
  /** The lanes as given, for colours and sentences. */
  lanes: readonly TimelineLane[];
  /** The stages, to name a lane's spans. */
  stages: readonly LifecycleStage[];
  /** Literal colours. */
  palette: StaticPalette;
}

/**
 * The lanes as the component draws them (label or key sentence, bars in the lane's colour with its dash pattern,
 * span labels), each lane a list item named by its sentence, as the component's hidden list reads it.
 */
export function StaticLanes({ layouts, lanes, stages, palette }: StaticLanesProps) {
  if (layouts.length === 0) return null;
  return (
    <g role="list" aria-label={LANES_LIST_NAME}>
      {layouts.map((layout) => {
        const lane = lanes[layout.index];
        if (!lane) return null;
        const colors = palette.series(layout.index, lane.color);
        const dash = SET_DASHES[layout.index % SET_DASHES.length];
        const bar = { fill: colors.fill, stroke: colors.stroke, strokeWidth: 1.5, strokeDasharray: dash === "none" ? undefined : dash };
        return (
          <g key={layout.id} role="listitem" aria-label={laneSentence(lane, stages)}>
            {layout.swatch ? <rect {...bar} x={layout.swatch.x} y={layout.swatch.y} width={layout.swatch.width} height={layout.swatch.height} rx={3} /> : null}
            <StaticBlockText block={layout.label} fill={palette.text} />
            {layout.bars.map(({ spanIndex, box, label }) => (
              <g key={spanIndex}>
                <rect {...bar} x={box.x} y={box.y} width={box.width} height={box.height} rx={Math.min(6, box.width / 2)} />
                {label ? <StaticBlockText block={label} fill={colors.ink} /> : null}
              </g>
            ))}
          </g>
        );
      })}
    </g>
  );
}
