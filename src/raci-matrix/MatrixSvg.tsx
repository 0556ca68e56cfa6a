import { useMemo, useState, type CSSProperties } from "react";
import type { GridKeyboard } from "../comparison-table/use-grid-keyboard";
import { colorRoleProperties } from "../theme/color-roles";
import type { RaciMatrixLayout, RaciRowLayout } from "./layout-types";
import { MatrixCell, type CellActivity } from "./MatrixCell";
import { enterMark } from "../motion/enter-mark";

/** Props of the wide, drawn matrix. */
export interface MatrixSvgProps {
  /** The computed geometry. */
  layout: RaciMatrixLayout;
  /** Id of the figure's title, which names the table. */
  titleId: string;
  /** Id of the keyboard hint that describes the table. */
  hintId: string;
  /** Keyboard handling and roving focus. */
  keyboard: GridKeyboard;
}

const position = (key: string) => key.split(":").map(Number) as [number, number];

/** Whether a cell at (row, column) lies in the active task's row, the active role's column, or both. */
function activity(row: number, column: number, active: [number, number] | undefined): CellActivity {
  if (!active) return undefined;
  const inRow = active[0] > 0 && row === active[0];
  const inColumn = active[1] > 0 && column === active[1];
  return inRow && inColumn ? "both" : inRow ? "row" : inColumn ? "column" : undefined;
}

/**
 * The matrix drawn in SVG and exposed as an ARIA table: a header row of roles, then one row per task with its row
 * header and one cell per role that reads its codes in words. Hovering or focusing a cell highlights its task's
 * row and its role's column alike.
 */
export function MatrixSvg({ layout, titleId, hintId, keyboard }: MatrixSvgProps) {
  // The latest interaction wins: a hover shows until keyboard focus moves to another cell, and the other way round.
  const focusedKey = keyboard.focusedRow === undefined ? undefined : keyboard.currentKey;
  const [hover, setHover] = useState<{ key: string; focusedThen: string | undefined } | undefined>(undefined);
  const hoverIsLatest = hover !== undefined && (focusedKey === undefined || hover.focusedThen === focusedKey);
  const activeKey = hoverIsLatest ? hover.key : focusedKey;
  const active = activeKey === undefined ? undefined : position(activeKey);
  const rtl = layout.direction === "rtl";
  const colorStyles = useMemo(
    () => layout.roles.map((role) => colorRoleProperties("--rm", role.index, role.color) as CSSProperties),
    [layout.roles],
  );

  const renderRow = (row: RaciRowLayout) => (
    <g key={row.id} role="row" className="ri-rm-row" {...enterMark("fade", row.index)}>
      {row.cells.map((cell) => (
        <MatrixCell
          key={cell.key}
          cell={cell}
          radius={layout.radius}
          active={activity(cell.row, cell.column, active)}
          colorStyle={cell.row === 0 && cell.column > 0 ? colorStyles[cell.column - 1] : undefined}
          markX={cell.role === "rowheader" ? (rtl ? cell.box.x + cell.box.width - 3 : cell.box.x) : undefined}
          focusProps={keyboard.getCellProps(cell.key)}
          onPointerEnter={() => setHover({ key: cell.key, focusedThen: focusedKey })}
        />
      ))}
    </g>
  );

  return (
    <svg
      className="ri-rm-svg"
      role="table"
      aria-labelledby={titleId}
      aria-describedby={hintId}
      data-ri-keys=""
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      style={{ maxWidth: layout.width }}
      direction={layout.direction}
      onPointerLeave={() => setHover(undefined)}
      {...keyboard.containerProps}
    >
      <g role="rowgroup">{renderRow(layout.header)}</g>
      <g role="rowgroup">{layout.rows.map(renderRow)}</g>
    </svg>
  );
}
