import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { stagesListName } from "./describe";
import { computeLifecycleTimelineLayout, type LifecycleTimelineLayout } from "./layout";
import { StaticLanes } from "./static-lanes";
import { StaticStage } from "./static-stage";
import { StaticBlockText } from "./static-text";
import type { LifecycleTimelineProps } from "./types";

/** Smallest text the standalone picture may draw, after scaling, in px. */
const MIN_FONT_SIZE = 12;

/** How much a layout must shrink to fit `width` (1 when it fits). */
const scaleFor = (layout: LifecycleTimelineLayout, width: number) => Math.min(1, width / layout.width);

/**
 * The layout to draw at the given width: the author's orientation, else across where every label fits and down
 * otherwise; a horizontal picture that would only fit by drawing text under 12 px gives way to the vertical one.
 */
function chooseLayout(props: LifecycleTimelineProps, { width, direction }: StaticDrawContext): LifecycleTimelineLayout {
  const orientation = props.orientation === "horizontal" || props.orientation === "vertical" ? props.orientation : undefined;
  const layout = computeLifecycleTimelineLayout(props, { width, direction, ...(orientation ? { orientation } : {}) });
  if (layout.orientation === "vertical" || layout.smallestFontSize * scaleFor(layout, width) >= MIN_FONT_SIZE) return layout;
  return computeLifecycleTimelineLayout(props, { width, direction, orientation: "vertical" });
}

/** The strokes behind the stages: the active stage's band, the connector and the loop's return arrow. */
function StaticGuides({ layout, palette }: { layout: LifecycleTimelineLayout; palette: StaticDrawContext["palette"] }) {
  const band = layout.activeBand;
  const line = { fill: "none", stroke: palette.border, strokeWidth: 2 };
  return (
    <g aria-hidden="true">
      {band ? <rect x={band.x} y={band.y} width={band.width} height={band.height} rx={8} fill={palette.surface} /> : null}
      {layout.connector ? <path d={layout.connector} {...line} /> : null}
      {layout.loop?.path ? (
        <g {...line} strokeLinecap="round" strokeLinejoin="round">
          <path d={layout.loop.path} />
          <path d={layout.loop.arrowhead} />
        </g>
      ) : null}
    </g>
  );
}

/**
 * The lifecycle timeline for a standalone SVG, as the component draws it at rest: across where the stages fit the
 * width, down otherwise, scaled down only as far as its text stays at 12 px or more (where the width allows).
 */
export function drawLifecycleTimelineStatic(props: LifecycleTimelineProps, context: StaticDrawContext): StaticDrawing {
  const { palette } = context;
  const layout = chooseLayout(props, context);
  const scale = scaleFor(layout, context.width);
  const round = (value: number) => Math.round(value * 100) / 100;
  const activeId = props.activeStageId ?? props.defaultActiveStageId;
  return {
    width: round(layout.width * scale),
    height: round(layout.height * scale),
    content: (
      <g transform={scale < 1 ? `scale(${round(scale * 10000) / 10000})` : undefined}>
        <StaticGuides layout={layout} palette={palette} />
        <StaticLanes layouts={layout.lanes} lanes={props.lanes ?? []} stages={props.stages} palette={palette} />
        <g role="list" aria-label={stagesListName(props.loop)}>
          {layout.stages.map((stageLayout) => {
            const stage = props.stages[stageLayout.index];
            if (!stage) return null;
            const details = layout.details?.stageId === stage.id ? layout.details : undefined;
            return <StaticStage key={stage.id} layout={stageLayout} stage={stage} active={stage.id === activeId} details={details} palette={palette} />;
          })}
        </g>
        {layout.loop ? <StaticBlockText block={layout.loop.note} fill={palette.textMuted} /> : null}
      </g>
    ),
  };
}
