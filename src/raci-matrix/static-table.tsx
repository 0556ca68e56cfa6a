import type { TextBlock } from "../comparison-table/text-block";
import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { SvgText } from "../static/parts/SvgText";
import { round } from "../comparison-table/text-block";
import type { StaticPalette } from "../theme/static-palette";
import type { RaciCellLayout, RaciLegendLayout, RaciMatrixLayout, RaciRowLayout } from "./layout-types";
import { RACI_CODES } from "./codes";
import { placeLegend } from "./legend-layout";
import { StaticBadge } from "./StaticBadge";

function Block({ block, fill }: { block: TextBlock; fill: string }) {
  const lines = block.lines.map((line) => ({ text: line.hyphen ? `${line.text}-` : line.text, x: line.x, y: line.y }));
  return <SvgText lines={lines} fontSize={block.fontSize} bold={block.fontWeight === "bold"} fill={fill} />;
}

function StaticCell({ cell, layout, palette }: { cell: RaciCellLayout; layout: RaciMatrixLayout; palette: StaticPalette }) {
  const { box } = cell;
  const series = cell.row === 0 && cell.column > 0 ? palette.series(cell.column - 1, layout.roles[cell.column - 1]?.color) : undefined;
  const background = series ? { fill: series.fill, stroke: series.stroke, strokeWidth: 1.5 } : cell.row > 0 && cell.column > 0 ? { fill: palette.surface } : undefined;
  const tone = (block: TextBlock) => (block.tone === "muted" ? palette.textMuted : block.tone === "ink" && series ? series.ink : palette.text);
  return (
    <g role={cell.role} aria-label={cell.row > 0 || cell.column > 0 ? cell.text : undefined}>
      {background ? <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={layout.radius} {...background} /> : null}
      {cell.blocks.map((block, i) => (
        <Block key={i} block={block} fill={tone(block)} />
      ))}
      {cell.badges.map((badge) => (
        <StaticBadge key={badge.code} {...badge} palette={palette} />
      ))}
    </g>
  );
}

/** The legend at full size, mirrored for right-to-left reading. */
function StaticLegend({ legend, palette, width, rtl }: { legend: RaciLegendLayout; palette: StaticPalette; width: number; rtl: boolean }) {
  const x = (at: number) => (rtl ? round(width - at) : at);
  const lines = (block: TextBlock) => block.lines.map((line) => ({ text: line.text, x: x(line.x), y: line.y }));
  return (
    <g role="list" aria-label="Legend">
      {legend.entries.map((entry) => (
        <g key={entry.code} role="listitem">
          <StaticBadge {...entry.badge} cx={x(entry.badge.cx)} palette={palette} />
          <SvgText lines={lines(entry.word)} fontSize={entry.word.fontSize} bold fill={palette.text} />
          <SvgText lines={lines(entry.meaning)} fontSize={entry.meaning.fontSize} fill={palette.textMuted} />
        </g>
      ))}
    </g>
  );
}

/**
 * The wide matrix for a standalone SVG, scaled down to `context.width` when its columns need more room, with the
 * legend under it at full size: role headers in their colours, task names, badges, grouped as an ARIA table.
 */
export function drawStaticMatrix(layout: RaciMatrixLayout, title: string, showLegend: boolean, context: StaticDrawContext): StaticDrawing {
  const { palette } = context;
  // Rounded down, so that the scaled table never overflows the width it was given.
  const scale = Math.min(1, Math.floor((context.width / layout.width) * 10000) / 10000);
  const tableWidth = round(layout.width * scale);
  const tableHeight = round(layout.height * scale);
  const legend = showLegend ? placeLegend(RACI_CODES, { x: 0, y: tableHeight, width: tableWidth }) : undefined;
  const renderRow = (row: RaciRowLayout) => (
    <g key={row.id} role="row">
      {row.cells.map((cell) => (
        <StaticCell key={cell.key} cell={cell} layout={layout} palette={palette} />
      ))}
    </g>
  );
  return {
    width: tableWidth,
    height: legend ? round(tableHeight + legend.height) : tableHeight,
    content: (
      <>
        <g role="table" aria-label={title} transform={scale < 1 ? `scale(${scale})` : undefined}>
          <g role="rowgroup">{renderRow(layout.header)}</g>
          <g role="rowgroup">{layout.rows.map(renderRow)}</g>
        </g>
        {legend ? <StaticLegend legend={legend} palette={palette} width={tableWidth} rtl={layout.direction === "rtl"} /> : null}
      </>
    ),
  };
}
