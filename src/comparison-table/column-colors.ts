import type { CSSProperties } from "react";
import { paletteVar } from "../theme/tokens";

/**
 * The custom properties that colour one column (`--ct-fill`, `--ct-stroke`, `--ct-ink`): the palette colour at
 * its position, or a custom colour as the stroke with a tint of it as the fill and body text on top.
 */
export function columnColorStyle(index: number, color: string | undefined): CSSProperties {
  const vars = color
    ? { "--ct-fill": `color-mix(in srgb, ${color} 28%, var(--ri-bg))`, "--ct-stroke": color, "--ct-ink": "var(--ri-text)" }
    : { "--ct-fill": paletteVar(index, "fill"), "--ct-stroke": paletteVar(index, "stroke"), "--ct-ink": paletteVar(index, "ink") };
  return vars as CSSProperties;
}
