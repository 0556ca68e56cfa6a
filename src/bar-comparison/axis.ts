import type { TickLayout } from "./layout-types";
import type { LinearScale } from "./scale";
import { tickValues } from "./scale";
import { round, textBlock } from "./text-block";

/** Least space between two tick labels, px. */
const TICK_GAP = 10;

/**
 * Ticks under the plot: about `count` nice values, each label centred on its tick but kept inside `[left, right]`;
 * fewer ticks while any two labels would touch (zero alone as the last resort).
 */
export function layoutTicks(scale: LinearScale, count: number, format: (value: number) => string, o: { left: number; right: number; top: number; fontSize: number; widthScale: number }): TickLayout[] {
  for (let n = count; n >= 1; n--) {
    const ticks = placeTicks(tickValues(scale.domain, n), scale, format, o);
    if (ticks.every((tick, i) => i === 0 || ticks[i - 1]!.text.box.x + ticks[i - 1]!.text.box.width + TICK_GAP <= tick.text.box.x)) return ticks;
  }
  return placeTicks([0], scale, format, o);
}

function placeTicks(values: number[], scale: LinearScale, format: (value: number) => string, o: { left: number; right: number; top: number; fontSize: number; widthScale: number }): TickLayout[] {
  return values.map((value) => {
    const x = scale.x(value);
    const centred = textBlock(format(value), { fontSize: o.fontSize, widthScale: o.widthScale, maxWidth: Infinity, top: o.top, x, align: "middle" });
    const half = centred.box.width / 2;
    const anchor = Math.min(o.right - half, Math.max(o.left + half, x));
    const text = anchor === x ? centred : textBlock(format(value), { fontSize: o.fontSize, widthScale: o.widthScale, maxWidth: Infinity, top: o.top, x: anchor, align: "middle" });
    return { value, x: round(x), text };
  });
}
