import type { CSSProperties } from "react";
import { colorRoleProperties } from "../theme/color-roles";
import { paletteVar } from "../theme/tokens";
import type { VennSet } from "./types";

/** Prefix of the custom properties of the n-th set (1-based): `--ri-venn-1-fill`, `--ri-venn-1-stroke`, … */
export const setColorPrefix = (n: number) => `--ri-venn-${n}`;

/**
 * A set's colour role: the diagram's own property when some set has its own colour (`own`, picked per scheme by
 * `customSetColorRules`), else the palette's, which already follows the scheme.
 */
const setColor = (index: number, role: "fill" | "stroke", own: boolean) => (own ? `var(${setColorPrefix(index + 1)}-${role})` : paletteVar(index, role));

/** The fill of a region: its set's fill, or an even mix of its sets' fills for an overlap. */
export function regionFill(members: readonly number[], own: boolean): string {
  const fill = (m: number) => setColor(m, "fill", own);
  if (members.length === 1) return fill(members[0]!);
  const pair = `color-mix(in srgb,${fill(members[0]!)},${fill(members[1]!)})`;
  return members.length === 2 ? pair : `color-mix(in srgb,${pair} 66.67%,${fill(members[2]!)})`;
}

/** The outline colour of a set's circle. */
export function setStroke(index: number, own: boolean): string {
  return setColor(index, "stroke", own);
}

/**
 * Custom properties with every set's colours for both schemes: the palette's, or a set's own `color` derived so
 * that its outline and the text on its tint keep their contrast. The stylesheet picks the figure's scheme.
 */
export function setColorVars(sets: readonly VennSet[]): CSSProperties {
  return Object.assign({}, ...sets.map((set, i) => colorRoleProperties(setColorPrefix(i + 1), i, set.color))) as CSSProperties;
}
