import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { SvgText } from "../static/parts/SvgText";
import { textAnchor } from "./describe";
import { computeBarComparisonLayout, DEFAULT_WIDTH, NARROW_BELOW, NARROW_MAX_SCALE, NARROW_WIDTH, type BarTextBlock } from "./layout";
import { MARKER } from "./legend";
import { markerPath } from "./markers";
import type { BarComparisonProps } from "./types";

/**
 * The bar comparison for a standalone SVG, drawn at the width given: category names beside their bars, or above
 * them below `narrowBelow`; every colour literal, the series' markers beside the legend and every printed value.
 */
export function drawBarComparisonStatic(props: BarComparisonProps, context: StaticDrawContext): StaticDrawing {
  const { palette, direction } = context;
  // What the component shows in a container this wide: the wide drawing, shrunk to fit, or the narrow one, grown
  // a little; narrower than the narrow drawing, it is laid out at the width itself so that no text shrinks.
  const mode = context.width < NARROW_BELOW ? "narrow" : "wide";
  const layoutWidth = mode === "wide" ? DEFAULT_WIDTH : Math.min(NARROW_WIDTH, context.width);
  const layout = computeBarComparisonLayout(props, { width: layoutWidth, direction, mode });
  const scale = mode === "wide" ? Math.min(1, context.width / layout.width) : Math.min(NARROW_MAX_SCALE, context.width / layout.width);
  const size = (value: number) => Math.round(value * scale * 100) / 100;
  const rtl = direction === "rtl";
  const color = (series: number) => palette.series(series, props.series[series]?.color).stroke;
  // Numbers are laid out left to right in any direction, as the component does, so that "+2" never reads "2+".
  const text = (block: BarTextBlock, fontSize: number, fill: string, bold = false, numeric = false) => {
    const drawn = <SvgText lines={block.lines} fontSize={fontSize} bold={bold} fill={fill} anchor={textAnchor(block.align, rtl && !numeric)} y="central" />;
    return numeric && rtl ? <g direction="ltr">{drawn}</g> : drawn;
  };
  const { axis, fontSizes } = layout;
  return {
    width: size(layout.width),
    height: size(layout.height),
    content: (
      <g transform={scale === 1 ? undefined : `scale(${Math.round(scale * 10000) / 10000})`}>
        <g aria-hidden="true">
          {layout.legend.map((entry) => (
            <g key={entry.seriesIndex}>
              <path d={markerPath(entry.seriesIndex, entry.marker.cx, entry.marker.cy, MARKER + 2)} fill={color(entry.seriesIndex)} />
              {text(entry.text, fontSizes.legend, palette.text)}
            </g>
          ))}
          {axis.ticks.map((tick) => (
            <g key={tick.value}>
              {tick.value !== 0 ? axis.bands.map((band, i) => <line key={i} x1={tick.x} x2={tick.x} y1={band.top} y2={band.bottom} stroke={palette.border} strokeDasharray="2 4" />) : null}
              {text(tick.text, fontSizes.tick, palette.textMuted, false, true)}
            </g>
          ))}
        </g>
        {layout.categories.map((block, i) => (
          <g key={i}>{text(block, fontSizes.category, palette.text, true)}</g>
        ))}
        {layout.bars.map((bar) => (
          <g key={bar.key} role="img" aria-label={bar.name}>
            {bar.rect.width > 0 ? <rect x={bar.rect.x} y={bar.rect.y} width={bar.rect.width} height={bar.rect.height} rx={2} fill={color(bar.seriesIndex)} /> : null}
            {bar.label ? (
              <>
                {bar.label.placement === "inside" ? <rect x={bar.label.box.x} y={bar.label.box.y} width={bar.label.box.width} height={bar.label.box.height} rx={3} fill={palette.bg} /> : null}
                <path d={markerPath(bar.seriesIndex, bar.label.marker.cx, bar.label.marker.cy, MARKER)} fill={color(bar.seriesIndex)} />
                <g stroke={palette.bg} strokeWidth={3} strokeLinejoin="round" paintOrder="stroke">
                  {text(bar.label.text, fontSizes.value, bar.value === null ? palette.textMuted : palette.text, false, bar.label.placement !== "row")}
                </g>
              </>
            ) : null}
          </g>
        ))}
        {axis.bands.map((band, i) => (
          <line key={i} x1={axis.zeroX} x2={axis.zeroX} y1={band.top} y2={band.bottom} stroke={palette.text} strokeWidth={1.5} />
        ))}
      </g>
    ),
  };
}
