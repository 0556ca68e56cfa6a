import { mixHex } from "../theme/contrast";
import type { StaticPalette } from "../theme/static-palette";

/** Literal colours of one compared column in a standalone drawing, as the component's stylesheet resolves them. */
export interface ColumnPaint {
  /** Header fill (faded when another column is highlighted). */
  headerFill: string;
  /** Header outline, the yes disc, list bullets and the highlight outline: the column's mark colour (3:1). */
  mark: string;
  /** Width of the header outline. */
  headerStrokeWidth: number;
  /** Text on the header fill (4.5:1). */
  ink: string;
  /** Fill of the column's data cells (tinted in the highlighted column). */
  cellFill: string;
}

/** The colours of each column: palette or custom colour, with the highlighted column raised and the others faded. */
export function columnPaints(columns: readonly { index: number; color?: string; highlighted: boolean }[], palette: StaticPalette): ColumnPaint[] {
  const anyHighlighted = columns.some((column) => column.highlighted);
  return columns.map((column) => {
    const series = palette.series(column.index, column.color);
    const faded = anyHighlighted && !column.highlighted;
    return {
      headerFill: faded ? mixHex(series.fill, palette.bg, 0.4) : series.fill,
      mark: series.stroke,
      headerStrokeWidth: column.highlighted ? 2.5 : 1.5,
      ink: series.ink,
      cellFill: column.highlighted ? mixHex(series.fill, palette.surface, 0.45) : palette.surface,
    };
  });
}
