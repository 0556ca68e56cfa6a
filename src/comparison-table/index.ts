export { ComparisonTable } from "./ComparisonTable";
export type { ComparisonColumn, ComparisonRow, ComparisonTableProps, ComparisonValue } from "./types";
export { validateComparisonTable } from "./validate";
export {
  computeComparisonTableLayout,
  type Box,
  type ComparisonTableLayout,
  type ComparisonTableLayoutOptions,
  type TableCellLayout,
  type TableColumnLayout,
  type TableRowLayout,
} from "./layout";
export type { CellContent, ListItemLayout } from "./cell-content";
export type { TextBlock, TextLine, TextTone } from "./text-block";
export type { NarrowCard, NarrowEntry } from "./narrow-layout";
export type { ResolvedValue, ValueKind } from "./describe";
