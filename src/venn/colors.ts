import type { CSSProperties } from "react";
import type { VennSet } from "./types";

/** The fill of a region: its set's fill, or an even mix of its sets' fills for an overlap. */
export function regionFill(members: readonly number[]): string {
  const fill = (m: number) => `var(--ri-venn-fill-${m + 1})`;
  if (members.length === 1) return fill(members[0]!);
  const pair = `color-mix(in srgb, ${fill(members[0]!)}, ${fill(members[1]!)})`;
  return members.length === 2 ? pair : `color-mix(in srgb, ${pair} 66.67%, ${fill(members[2]!)})`;
}

/** The outline colour of a set's circle. */
export function setStroke(index: number): string {
  return `var(--ri-venn-stroke-${index + 1})`;
}

/**
 * Custom properties for sets that bring their own `color`: the stroke is the colour, the fill a light tint of it.
 * The stylesheet reads them with the palette as fallback, and ignores them in forced-colours mode.
 */
export function customColorVars(sets: readonly VennSet[]): CSSProperties {
  const vars: Record<string, string> = {};
  sets.forEach((set, i) => {
    if (!set.color) return;
    vars[`--ri-venn-custom-fill-${i + 1}`] = `color-mix(in srgb, ${set.color.trim()} 28%, var(--ri-bg))`;
    vars[`--ri-venn-custom-stroke-${i + 1}`] = set.color.trim();
  });
  return vars as CSSProperties;
}
