import { useId, useState, type CSSProperties } from "react";
import { scopeClass } from "../theme/property-rule";
import { ScopedStyle } from "../theme/ScopedStyle";
import { columnRules } from "./column-rules";
import { columnColorStyle } from "./column-colors";
import type { ComparisonTableLayout, TableRowLayout } from "./layout";
import { TableCell } from "./TableCell";
import type { GridKeyboard } from "./use-grid-keyboard";
import { enterMark } from "../motion/enter-mark";

/** Props of the wide, drawn table. */
export interface TableSvgProps {
  /** The computed geometry. */
  layout: ComparisonTableLayout;
  /** Id of the figure's title, which names the table (named once, not repeated in an attribute). */
  titleId: string;
  /** Id of the keyboard hint that describes the table. */
  hintId: string;
  /** Keyboard handling and roving focus. */
  keyboard: GridKeyboard;
}

/**
 * The comparison drawn in SVG and exposed as an ARIA table: a header row group with the column headers, a body
 * row group with one row per aspect, each row header followed by its cells. Decorative shapes are hidden.
 */
export function TableSvg({ layout, titleId, hintId, keyboard }: TableSvgProps) {
  // The latest interaction wins: a hover shows until keyboard focus moves to another row, and the other way round.
  const [hover, setHover] = useState<{ row: number; focusedRowThen: number | undefined } | undefined>(undefined);
  const hoverIsLatest = hover !== undefined && (keyboard.focusedRow === undefined || hover.focusedRowThen === keyboard.focusedRow);
  const activeRow = hoverIsLatest ? hover.row : keyboard.focusedRow;
  const rtl = layout.direction === "rtl";
  const highlighted = layout.columns.some((column) => column.highlighted);
  const colorStyles = layout.columns.map((column) => columnColorStyle(column.index, column.color));
  const scope = scopeClass("ri-ct", useId());

  const renderRow = (row: TableRowLayout) => {
    const state = row.index === activeRow ? "active" : "inactive";
    return (
      <g
        key={row.id}
        role="row"
        className="ri-ct-row"
        data-state={state === "active" ? state : undefined}
        {...enterMark("fade", row.index)}
        onPointerEnter={() => setHover({ row: row.index, focusedRowThen: keyboard.focusedRow })}
        onPointerLeave={() => setHover((current) => (current?.row === row.index ? undefined : current))}
      >
        {row.cells.map((cell) => {
          const column = cell.column > 0 ? layout.columns[cell.column - 1] : undefined;
          const markX = cell.role === "rowheader" ? (rtl ? cell.box.x + cell.box.width - 3 : cell.box.x) : undefined;
          return (
            <TableCell
              key={cell.key}
              cell={cell}
              radius={layout.radius}
              state={state}
              highlight={column && highlighted ? (column.highlighted ? "chosen" : "other") : undefined}
              markX={markX}
              ring={cell.key === (keyboard.currentKey ?? "0:0")}
              focusProps={keyboard.getCellProps(cell.key)}
            />
          );
        })}
      </g>
    );
  };

  const chosen = layout.columns.find((column) => column.highlighted);
  return (
    <>
      <ScopedStyle css={columnRules(scope, colorStyles)} layer="none" />
      <svg
        className={`ri-ct-svg ${scope}`}
        role="table"
        aria-labelledby={titleId}
        aria-describedby={hintId}
        data-ri-keys=""
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        style={{ maxWidth: layout.width } as CSSProperties}
        direction={layout.direction}
        {...keyboard.containerProps}
      >
        <g role="rowgroup" className="ri-ct-head">
          {renderRow(layout.header)}
        </g>
        <g role="rowgroup" className="ri-ct-body">
          {layout.rows.map(renderRow)}
        </g>
        {layout.highlight && chosen ? (
          <rect
            className="ri-ct-outline"
            style={colorStyles[chosen.index]}
            x={layout.highlight.x}
            y={layout.highlight.y}
            width={layout.highlight.width}
            height={layout.highlight.height}
            rx={layout.radius + 3}
            aria-hidden="true"
            {...enterMark("fade", layout.rows.length + 1)}
          />
        ) : null}
      </svg>
    </>
  );
}
