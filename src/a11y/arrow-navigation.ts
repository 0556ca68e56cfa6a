/** Options for moving along a row of elements with the keyboard. */
export interface ArrowNavigationOptions {
  /** Right-to-left: ArrowLeft moves forward and ArrowRight back. */
  rtl?: boolean;
}

/**
 * Where a key press moves focus in a sequence of `count` elements: arrows by one (Left/Right mirrored in RTL,
 * Up/Down always in reading order), Home and End to the ends. `undefined` when the key does not move focus.
 */
export function arrowTarget(key: string, index: number, count: number, { rtl = false }: ArrowNavigationOptions = {}): number | undefined {
  const last = count - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case "ArrowDown":
      return clamp(index + 1);
    case "ArrowUp":
      return clamp(index - 1);
    case "ArrowRight":
      return clamp(index + (rtl ? -1 : 1));
    case "ArrowLeft":
      return clamp(index + (rtl ? 1 : -1));
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return undefined;
  }
}
