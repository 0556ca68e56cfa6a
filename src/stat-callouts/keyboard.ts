/**
 * Where a key moves focus in a grid of `count` stats laid out `columns` to a row: Left and Right by one (mirrored in
 * RTL), Up and Down by a row, Home and End to the ends. `undefined` when the key does not move focus.
 */
export function statKeyTarget(key: string, index: number, count: number, columns: number, rtl: boolean): number | undefined {
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case "ArrowRight":
      return clamp(index + (rtl ? -1 : 1));
    case "ArrowLeft":
      return clamp(index + (rtl ? 1 : -1));
    case "ArrowDown":
      return index + columns < count ? index + columns : clamp(index + 1);
    case "ArrowUp":
      return index - columns >= 0 ? index - columns : clamp(index - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}
