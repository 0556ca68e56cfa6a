import { arrowTarget } from "../a11y/arrow-navigation";

/**
 * Where a key press moves focus round a cycle of `count` steps: as along a row (arrows by one, Left/Right mirrored
 * in RTL, Home and End to the ends), except that arrows wrap, from the last step to the first and back.
 */
export function cycleTarget(key: string, index: number, count: number, rtl: boolean): number | undefined {
  const target = arrowTarget(key, index, count, { rtl });
  if (target !== index || key === "Home" || key === "End") return target;
  const forward = key === "ArrowDown" || key === (rtl ? "ArrowLeft" : "ArrowRight");
  return (index + (forward ? 1 : -1) + count) % count;
}
