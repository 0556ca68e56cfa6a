import { useMemo, useState, type FocusEvent, type KeyboardEvent } from "react";
import { arrowTarget } from "../a11y/arrow-navigation";
import { useRovingFocus } from "../a11y/use-roving-focus";

/** What the grid keyboard gives the table. */
export interface GridKeyboard {
  /** Props for the focusable cell with this key (roving tab index). */
  getCellProps: ReturnType<typeof useRovingFocus>["getItemProps"];
  /** The cell holding the Tab stop. */
  currentKey: string | undefined;
  /** The grid row of the focused cell while focus is inside the table, else undefined. */
  focusedRow: number | undefined;
  /** Handlers for the element that contains the cells. */
  containerProps: {
    onKeyDown: (event: KeyboardEvent<Element>) => void;
    onFocus: () => void;
    onBlur: (event: FocusEvent<Element>) => void;
  };
}

/** Key of a grid cell: `row:column`. */
export const cellKey = (row: number, column: number) => `${row}:${column}`;

/**
 * Keyboard for a table with one Tab stop: arrows move cell to cell (Left/Right mirrored in RTL), Home/End go to
 * the ends of the row, Ctrl+Home/End to the first and last cell, Enter follows the first link in a cell.
 */
export function useGridKeyboard(rowCount: number, columnCount: number, rtl: boolean): GridKeyboard {
  const keys = useMemo(
    () => Array.from({ length: rowCount * columnCount }, (_, i) => cellKey(Math.floor(i / columnCount), i % columnCount)),
    [rowCount, columnCount],
  );
  const { currentKey, focusKey, getItemProps } = useRovingFocus(keys);
  const [hasFocus, setHasFocus] = useState(false);
  const [row, column] = (currentKey ?? "0:0").split(":").map(Number) as [number, number];

  // Plain functions, not memoised: the parts that receive them are not memoised either, so they re-render anyway.
  const onKeyDown = (event: KeyboardEvent<Element>) => {
    if (event.altKey || event.metaKey) return;
    let target: [number, number] | undefined;
    if (event.ctrlKey && (event.key === "Home" || event.key === "End")) {
      target = event.key === "Home" ? [0, 0] : [rowCount - 1, columnCount - 1];
    } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      target = [arrowTarget(event.key, row, rowCount) ?? row, column];
    } else if (["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) {
      target = [row, arrowTarget(event.key, column, columnCount, { rtl }) ?? column];
    } else if (event.key === "Enter") {
      const link = (event.target as Element).querySelector?.("a[href]");
      if (link instanceof SVGElement || link instanceof HTMLElement) {
        event.preventDefault();
        link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
      }
      return;
    }
    if (!target) return;
    event.preventDefault();
    focusKey(cellKey(...target));
  };

  const containerProps = {
    onKeyDown,
    onFocus: () => setHasFocus(true),
    onBlur: (event: FocusEvent<Element>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHasFocus(false);
    },
  };

  return { getCellProps: getItemProps, currentKey, focusedRow: hasFocus ? row : undefined, containerProps };
}
