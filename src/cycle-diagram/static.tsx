import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { SvgText } from "../static/parts/SvgText";
import { STEPS_LIST_NAME } from "./describe";
import { computeCycleDiagramLayout } from "./layout";
import { NUMBER_FONT_SIZE } from "./layout-text";
import { StaticAnchoredText, StaticCycleDetails, StaticStrokes } from "./static-parts";
import type { CycleDiagramProps } from "./types";

/**
 * The cycle diagram for a standalone SVG, as the component draws it at rest: the ring where its text stays at
 * 12 px or more at the given width, else the narrow list with its ring glyph.
 */
export function drawCycleDiagramStatic(props: CycleDiagramProps, context: StaticDrawContext): StaticDrawing {
  const { palette } = context;
  const layout = computeCycleDiagramLayout(props, { width: context.width, direction: context.direction });
  const scale = Math.min(1, context.width / layout.width);
  const round = (value: number) => Math.round(value * 100) / 100;
  const activeId = props.activeStepId ?? props.defaultActiveStepId;
  const last = props.steps.length - 1;
  return {
    width: round(layout.width * scale),
    height: round(layout.height * scale),
    content: (
      <g transform={scale < 1 ? `scale(${round(scale * 10000) / 10000})` : undefined}>
        {layout.ring ? <circle aria-hidden="true" cx={layout.ring.cx} cy={layout.ring.cy} r={layout.ring.r} fill="none" stroke={palette.surface} strokeWidth={10} /> : null}
        <StaticStrokes strokes={layout.strokes} fill={palette.textMuted} />
        {layout.glyph ? <StaticStrokes strokes={layout.glyph} fill={palette.textMuted} /> : null}
        {layout.centerLabel ? <StaticAnchoredText block={layout.centerLabel} fill={palette.text} /> : null}
        <g role="list" aria-label={STEPS_LIST_NAME}>
          {layout.steps.map(({ id, index, marker, label }) => {
            const step = props.steps[index];
            if (!step) return null;
            const active = id === activeId;
            const details = layout.details?.stepId === id ? layout.details : undefined;
            return (
              <g key={id} role="listitem" aria-current={active ? "step" : undefined}>
                <circle cx={marker.cx} cy={marker.cy} r={marker.r} fill={active ? palette.accent : palette.bg} stroke={active ? palette.text : palette.textMuted} strokeWidth={active ? 3 : 2} />
                <SvgText lines={[{ text: String(index + 1), x: marker.cx, y: marker.cy }]} fontSize={NUMBER_FONT_SIZE} bold fill={active ? palette.bg : palette.text} anchor="middle" y="central" />
                <StaticAnchoredText block={label} fill={palette.text} />
                {details ? <StaticCycleDetails layout={details} step={step} palette={palette} /> : null}
                {index === last ? <StaticAnchoredText block={layout.loopNote} fill={palette.textMuted} /> : null}
              </g>
            );
          })}
        </g>
      </g>
    ),
  };
}
