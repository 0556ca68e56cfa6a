import type { CSSProperties } from "react";
import { colorRoleProperties } from "../theme/color-roles";
import type { BarSeries } from "./types";

/** Prefix of the custom properties of the n-th series (1-based): `--ri-bars-1-stroke`, … */
export const seriesColorPrefix = (n: number) => `--ri-bars-${n}`;

/** The colour of a series' bars and markers (3:1 against the background in both schemes). */
export const seriesColor = (index: number) => `var(${seriesColorPrefix(index + 1)}-stroke)`;

/** Custom properties with every series' colours for both schemes: the palette's, or a `color` derived to keep its contrast. */
export function seriesColorVars(series: readonly BarSeries[]): CSSProperties {
  return Object.assign({}, ...series.map((s, i) => colorRoleProperties(seriesColorPrefix(i + 1), i, s.color))) as CSSProperties;
}
