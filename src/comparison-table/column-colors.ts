import type { CSSProperties } from "react";
import { colorRoleProperties } from "../theme/color-roles";

/**
 * The custom properties that colour one column (`--ct-fill`, `--ct-stroke`, `--ct-ink`, picked per scheme by the
 * stylesheet): the palette colour at its position, or the column's own colour derived to keep its contrast.
 */
export function columnColorStyle(index: number, color: string | undefined): CSSProperties {
  return colorRoleProperties("--ct", index, color) as CSSProperties;
}
