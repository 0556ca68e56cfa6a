import { CellContentView } from "./CellContentView";
import type { TableCellLayout } from "./layout";

/** Props of one drawn cell. */
export interface TableCellProps {
  /** The cell's geometry and content. */
  cell: TableCellLayout;
  /** Corner radius in px. */
  radius: number;
  /** Whether the cell's row is hovered or holds focus (written on the cell only when active; the row always says it). */
  state: "active" | "inactive";
  /** The cell's column relative to the highlighted one, when a column is highlighted. */
  highlight?: "chosen" | "other";
  /** Where to draw the active-row mark (row headers only): its left edge. */
  markX?: number;
  /**
   * Whether the cell draws the focus ring: only the cell holding the Tab stop can have keyboard focus, and focus
   * moving to another cell makes that one the Tab stop (rendered in the same event), so one ring is enough.
   */
  ring: boolean;
  /** Roving-focus props: tab index, ref and focus tracking. */
  focusProps: { tabIndex: 0 | -1; ref: (element: SVGElement | null) => void; onFocus: () => void };
}

/** A cell of the table: its background, its content and a focus ring, exposed with its table role. */
export function TableCell({ cell, radius, state, highlight, markX, ring, focusProps }: TableCellProps) {
  const { box, contentBox, content } = cell;
  const kind = cell.row === 0 ? (cell.column === 0 ? "ri-ct-corner" : "ri-ct-colheader") : cell.column === 0 ? "ri-ct-rowheader" : "ri-ct-datacell";
  // Glyph-only cells have no text to read, so they are named by what the glyph means.
  const label = content.kind === "boolean" || content.kind === "missing" ? cell.text : undefined;
  return (
    <g
      role={cell.role}
      aria-label={label}
      className={`ri-ct-cell ${kind}`}
      data-key={cell.key}
      data-state={state === "active" ? state : undefined}
      data-highlight={highlight}
      {...focusProps}
    >
      {/* Unnamed shapes are not in the accessibility tree, so none of them needs aria-hidden. */}
      <rect className="ri-ct-cell-bg" x={box.x} y={box.y} width={box.width} height={box.height} rx={radius} />
      {markX !== undefined ? (
        <rect className="ri-ct-row-mark" x={markX} y={box.y + 8} width={3} height={Math.max(0, box.height - 16)} rx={1.5} />
      ) : null}
      <g transform={`translate(${contentBox.x} ${contentBox.y})`}>
        <CellContentView content={content} />
      </g>
      {ring ? (
        <rect
          className="ri-focus-ring"
          x={box.x - 3}
          y={box.y - 3}
          width={box.width + 6}
          height={box.height + 6}
          rx={radius + 3}
        />
      ) : null}
    </g>
  );
}
