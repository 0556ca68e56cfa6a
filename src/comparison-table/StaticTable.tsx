import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import type { ComparisonTableLayout, TableCellLayout, TableRowLayout } from "./layout";
import { StaticCellContent, type CellInks } from "./StaticCellContent";
import { columnPaints, type ColumnPaint } from "./static-colors";

const round = (value: number) => Math.round(value * 100) / 100;

/** One cell: its background (none for row labels and the corner), its content, and its table role. */
function StaticCell({ cell, radius, paint, inks }: { cell: TableCellLayout; radius: number; paint?: ColumnPaint; inks: CellInks }) {
  const { box, contentBox, content } = cell;
  const header = cell.row === 0;
  // Glyph-only cells have no text to read, so they are named by what the glyph means.
  const label = content.kind === "boolean" || content.kind === "missing" ? cell.text : undefined;
  const background = paint
    ? header
      ? { fill: paint.headerFill, stroke: paint.mark, strokeWidth: paint.headerStrokeWidth }
      : { fill: paint.cellFill }
    : undefined;
  return (
    <g role={cell.role} aria-label={label}>
      {background ? <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={radius} {...background} /> : null}
      <g transform={`translate(${contentBox.x} ${contentBox.y})`}>
        <StaticCellContent content={content} inks={paint ? { ...inks, ink: paint.ink, mark: paint.mark } : inks} />
      </g>
    </g>
  );
}

/**
 * The wide table for a standalone SVG, scaled down to `context.width` when its columns need more room: coloured
 * column headers, row labels, cells and the highlighted column's outline, grouped with the roles of an ARIA table.
 */
export function drawStaticTable(layout: ComparisonTableLayout, title: string, context: StaticDrawContext): StaticDrawing {
  const { palette } = context;
  // Rounded down, so that the scaled table never overflows the width it was given.
  const scale = Math.min(1, Math.floor((context.width / layout.width) * 10000) / 10000);
  const paints = columnPaints(layout.columns, palette);
  const inks: CellInks = { text: palette.text, muted: palette.textMuted, ink: palette.text, link: palette.accent, mark: palette.text, cut: palette.bg };
  const chosen = layout.columns.find((column) => column.highlighted);
  const renderRow = (row: TableRowLayout) => (
    <g key={row.id} role="row">
      {row.cells.map((cell) => (
        <StaticCell key={cell.key} cell={cell} radius={layout.radius} paint={cell.column > 0 ? paints[cell.column - 1] : undefined} inks={inks} />
      ))}
    </g>
  );
  return {
    width: round(layout.width * scale),
    height: round(layout.height * scale),
    content: (
      <g role="table" aria-label={title} transform={scale < 1 ? `scale(${scale})` : undefined}>
        <g role="rowgroup">{renderRow(layout.header)}</g>
        <g role="rowgroup">{layout.rows.map(renderRow)}</g>
        {layout.highlight && chosen ? (
          <rect
            x={layout.highlight.x}
            y={layout.highlight.y}
            width={layout.highlight.width}
            height={layout.highlight.height}
            rx={layout.radius + 3}
            fill="none"
            stroke={paints[chosen.index]!.mark}
            strokeWidth={2.5}
            aria-hidden="true"
          />
        ) : null}
      </g>
    ),
  };
}
