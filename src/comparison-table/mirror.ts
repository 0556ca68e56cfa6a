import type { CellContent } from "./cell-content";
import type { Box, ComparisonTableLayout, TableRowLayout } from "./layout";
import { round, type TextBlock } from "./text-block";

function mirrorBlock(block: TextBlock, width: number): TextBlock {
  return { ...block, lines: block.lines.map((line) => ({ ...line, x: round(width - line.x) })) };
}

/**
 * Mirrors a cell's content inside a content box of the given width. Text keeps its logical anchor: the SVG is
 * drawn with `direction: rtl`, where `text-anchor: start` is the right end of a line.
 */
export function mirrorContent(content: CellContent, width: number): CellContent {
  switch (content.kind) {
    case "text":
      return { ...content, blocks: content.blocks.map((block) => mirrorBlock(block, width)) };
    case "number":
      return { ...content, block: mirrorBlock(content.block, width) };
    case "boolean":
      return { ...content, cx: round(width - content.cx) };
    case "missing":
      return { ...content, x1: round(width - content.x2), x2: round(width - content.x1) };
    case "list":
      return {
        ...content,
        items: content.items.map((item) => ({
          ...item,
          bullet: { ...item.bullet, cx: round(width - item.bullet.cx) },
          label: mirrorBlock(item.label, width),
          description: item.description && mirrorBlock(item.description, width),
        })),
      };
  }
}

function mirrorBox(box: Box, width: number): Box {
  return { ...box, x: round(width - box.x - box.width) };
}

/** Flips the geometry for right-to-left reading: row labels on the right, text anchored at the right. */
export function mirrorLayout(layout: ComparisonTableLayout): ComparisonTableLayout {
  const mirrorRow = (row: TableRowLayout): TableRowLayout => ({
    ...row,
    box: mirrorBox(row.box, layout.width),
    cells: row.cells.map((cell) => ({
      ...cell,
      box: mirrorBox(cell.box, layout.width),
      contentBox: mirrorBox(cell.contentBox, layout.width),
      content: mirrorContent(cell.content, cell.contentBox.width),
    })),
  });
  return {
    ...layout,
    header: mirrorRow(layout.header),
    rows: layout.rows.map(mirrorRow),
    columns: layout.columns.map((column) => ({ ...column, x: round(layout.width - column.x - column.width) })),
    highlight: layout.highlight && mirrorBox(layout.highlight, layout.width),
  };
}
