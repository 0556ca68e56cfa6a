import type { KeyboardEvent } from "react";
import { arrowTarget } from "../a11y/arrow-navigation";

/**
 * The cell a key press moves focus to from `[row, column]`: arrows cell to cell (Left/Right mirrored in RTL),
 * Home/End to the ends of the row, Ctrl+Home/End to the first and last cell. Enter follows the first link in the
 * cell instead. `undefined` when focus does not move. Loaded after hydration.
 */
export function gridKeyTarget(
  event: KeyboardEvent<Element>,
  [row, column]: [number, number],
  rowCount: number,
  columnCount: number,
  rtl: boolean,
): [number, number] | undefined {
  if (event.altKey || event.metaKey) return undefined;
  if (event.ctrlKey && (event.key === "Home" || event.key === "End")) return event.key === "Home" ? [0, 0] : [rowCount - 1, columnCount - 1];
  if (event.key === "ArrowUp" || event.key === "ArrowDown") return [arrowTarget(event.key, row, rowCount) ?? row, column];
  if (["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return [row, arrowTarget(event.key, column, columnCount, { rtl }) ?? column];
  if (event.key === "Enter") {
    const link = (event.target as Element).querySelector?.("a[href]");
    if (link instanceof SVGElement || link instanceof HTMLElement) {
      event.preventDefault();
      link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    }
  }
  return undefined;
}
