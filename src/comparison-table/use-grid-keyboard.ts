import { useMemo, useState, type FocusEvent, type KeyboardEvent } from "react";
import { useLazyKeys } from "../a11y/use-lazy-keys";
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

/** The key logic, loaded after hydration. */
const loadGridKeys = () => import("./grid-keys");

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

  const onKeyDown = useLazyKeys(loadGridKeys, ({ gridKeyTarget }, event: KeyboardEvent<Element>) => {
    const target = gridKeyTarget(event, [row, column], rowCount, columnCount, rtl);
    if (!target) return;
    event.preventDefault();
    focusKey(cellKey(...target));
  });

  const containerProps = {
    onKeyDown,
    onFocus: () => setHasFocus(true),
    onBlur: (event: FocusEvent<Element>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHasFocus(false);
    },
  };

  return { getCellProps: getItemProps, currentKey, focusedRow: hasFocus ? row : undefined, containerProps };
}
