import type { CSSProperties } from "react";
import { TextBlockView } from "../comparison-table/CellContentView";
import { Badge } from "./Badge";
import type { RaciCellLayout } from "./layout-types";

/** How a cell takes part in the highlight: in the active row, the active column, or both. */
export type CellActivity = "row" | "column" | "both" | undefined;

/** Props of one drawn cell. */
export interface MatrixCellProps {
  /** The cell's geometry and content. */
  cell: RaciCellLayout;
  /** Corner radius in px. */
  radius: number;
  /** Whether the cell is in the hovered or focused row or column. */
  active: CellActivity;
  /** Custom properties that colour a role header. */
  colorStyle?: CSSProperties;
  /** Left edge of the active-row mark (task headers only). */
  markX?: number;
  /** Roving-focus props: tab index, ref and focus tracking. */
  focusProps: { tabIndex: 0 | -1; ref: (element: SVGElement | null) => void; onFocus: () => void };
  /** Called when the pointer enters the cell. */
  onPointerEnter: () => void;
}

const KIND_CLASS = { corner: "ri-rm-corner", columnheader: "ri-rm-rolehead", rowheader: "ri-rm-taskhead", cell: "ri-rm-datacell" };

/** A cell of the matrix: background, text or badges, a focus ring; exposed with its table role. */
export function MatrixCell({ cell, radius, active, colorStyle, markX, focusProps, onPointerEnter }: MatrixCellProps) {
  const { box } = cell;
  const kind = cell.row === 0 && cell.column === 0 ? "corner" : cell.role;
  return (
    <g
      role={cell.role}
      // Badges are letters drawn for the eye, so a cell reads its codes in words; headers are named by their text
      // whole, since wrapped lines are separate SVG runs that some name computations join without a space.
      aria-label={kind === "corner" ? undefined : cell.text}
      className={`ri-rm-cell ${KIND_CLASS[kind]}`}
      data-key={cell.key}
      data-active={active}
      style={colorStyle}
      onPointerEnter={onPointerEnter}
      {...focusProps}
    >
      <rect className="ri-rm-cell-bg" x={box.x} y={box.y} width={box.width} height={box.height} rx={radius} aria-hidden="true" />
      {markX !== undefined ? (
        <rect className="ri-rm-row-mark" x={markX} y={box.y + 8} width={3} height={Math.max(0, box.height - 16)} rx={1.5} aria-hidden="true" />
      ) : null}
      {cell.blocks.map((block, i) => (
        <TextBlockView key={i} block={block} className={`ri-rm-${block.tone}`} />
      ))}
      {cell.badges.map((badge) => (
        <Badge key={badge.code} {...badge} />
      ))}
      <rect className="ri-focus-ring" x={box.x - 3} y={box.y - 3} width={box.width + 6} height={box.height + 6} rx={radius + 3} aria-hidden="true" />
    </g>
  );
}
