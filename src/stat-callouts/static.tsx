import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { SvgText } from "../static/parts/SvgText";
import { STATS_LIST_NAME } from "./describe";
import { computeStatCalloutsLayout } from "./layout";
import type { StatCalloutsProps } from "./types";

/**
 * The stats for a standalone SVG, laid out for the given width: up to three cards a row where they fit, one column
 * below that (the narrow drawing), every colour literal from the palette.
 */
export function drawStatCalloutsStatic(props: StatCalloutsProps, { width, palette, direction }: StaticDrawContext): StaticDrawing {
  const layout = computeStatCalloutsLayout(props, { width, direction });
  return {
    width: layout.width,
    height: layout.height,
    content: (
      <g role="list" aria-label={STATS_LIST_NAME}>
        {layout.cells.map((cell) => (
          <g key={cell.key} role="listitem">
            <rect x={cell.box.x} y={cell.box.y} width={cell.box.width} height={cell.box.height} rx={8} fill={palette.surface} />
            {cell.ring ? (
              <g aria-hidden="true">
                <circle cx={cell.ring.cx} cy={cell.ring.cy} r={cell.ring.r} fill="none" stroke={palette.textMuted} strokeWidth={2} />
                {cell.ring.arc ? <path d={cell.ring.arc} fill="none" stroke={palette.accent} strokeWidth={cell.ring.thickness} /> : null}
              </g>
            ) : null}
            <SvgText lines={cell.value.lines} fontSize={cell.value.fontSize} bold fill={palette.text} tabularNumbers />
            <SvgText lines={cell.label.lines} fontSize={cell.label.fontSize} fill={palette.text} />
            {cell.description ? <SvgText lines={cell.description.lines} fontSize={cell.description.fontSize} fill={palette.textMuted} /> : null}
          </g>
        ))}
      </g>
    ),
  };
}
