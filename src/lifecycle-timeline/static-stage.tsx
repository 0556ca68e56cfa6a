import { SvgText } from "../static/parts/SvgText";
import type { StaticPalette } from "../theme/static-palette";
import type { DetailsLayout, StageLayout } from "./layout-types";
import { StaticDetailItems } from "./static-detail-items";
import { StaticBlockText } from "./static-text";
import type { LifecycleStage } from "./types";

/** Props of one stage in a standalone SVG. */
export interface StaticStageProps {
  /** The stage's geometry. */
  layout: StageLayout;
  /** The stage as given. */
  stage: LifecycleStage;
  /** Whether it is the current stage (filled marker, details shown). */
  active: boolean;
  /** The current stage's details, when this is it and it has items. */
  details?: DetailsLayout;
  /** Literal colours. */
  palette: StaticPalette;
}

/** The active stage's items in a panel, as a named list; safe links are links, drawn in the accent colour. */
function StaticDetails({ layout, stage, palette }: { layout: DetailsLayout; stage: LifecycleStage; palette: StaticPalette }) {
  const { box } = layout;
  return (
    <g>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={8} fill={palette.surface} stroke={palette.border} strokeWidth={1} />
      {layout.heading ? <StaticBlockText block={layout.heading} fill={palette.text} /> : null}
      <StaticDetailItems items={stage.items ?? []} layouts={layout.items} name={`${stage.label}: details`} palette={palette} />
    </g>
  );
}

/**
 * A stage as a list item, drawn as the component draws it at rest: the numbered marker (filled with the accent
 * when current), the label, the period in the muted colour, the description, and the current stage's details.
 */
export function StaticStage({ layout, stage, active, details, palette }: StaticStageProps) {
  const { marker } = layout;
  return (
    <g role="listitem" aria-current={active ? "step" : undefined}>
      <circle cx={marker.cx} cy={marker.cy} r={marker.r} fill={active ? palette.accent : palette.bg} stroke={active ? palette.accent : palette.border} strokeWidth={2} />
      <SvgText lines={[{ text: String(layout.index + 1), x: marker.cx, y: marker.cy }]} fontSize={14} bold fill={active ? palette.bg : palette.text} anchor="middle" y="central" />
      <StaticBlockText block={layout.label} fill={palette.text} />
      {layout.period ? <StaticBlockText block={layout.period} fill={palette.textMuted} /> : null}
      {layout.description ? <StaticBlockText block={layout.description} fill={palette.text} /> : null}
      {details ? <StaticDetails layout={details} stage={stage} palette={palette} /> : null}
    </g>
  );
}
