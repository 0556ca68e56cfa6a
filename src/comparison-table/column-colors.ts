import type { CSSProperties } from "react";
import { categoricalColor } from "../theme/color-roles";

/**
 * The custom properties that colour one column (`--ct-fill`, `--ct-stroke`, `--ct-ink`): the palette colour at its
 * position, or the column's own colour derived to keep its contrast (picked per scheme by the stylesheet).
 */
export function columnColorStyle(index: number, color: string | undefined): CSSProperties {
  return categoricalColor("--ct", index, color) as CSSProperties;
}
