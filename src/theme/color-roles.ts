import { deriveCustomColor, type ColorScheme } from "./custom-color";
import { paletteVar } from "./tokens";

/** The three ways a categorical colour is drawn: tint behind text, marks, and text on the tint. */
const ROLES = ["fill", "stroke", "ink"] as const;

/**
 * Custom properties `<prefix>-<role>-<scheme>` for the categorical colour at `index`: the palette's (which already
 * follows the scheme), or an author's `color` derived for each scheme so that it keeps its contrast. A colour that
 * cannot be read without a browser (a custom property) is used as given, with a tint of it as the fill.
 */
export function colorRoleProperties(prefix: string, index: number, color: string | undefined): Record<string, string> {
  const given = color?.trim();
  const properties: Record<string, string> = {};
  for (const scheme of ["light", "dark"] as const) {
    const derived = given && deriveCustomColor(given, scheme);
    for (const role of ROLES) {
      properties[`${prefix}-${role}-${scheme}`] = derived
        ? derived[role]
        : !given
          ? paletteVar(index, role)
          : { fill: `color-mix(in srgb, ${given} 28%, var(--ri-bg))`, stroke: given, ink: "var(--ri-text)" }[role];
    }
  }
  return properties;
}

/**
 * The custom properties that colour one set, lane or column: a palette colour's roles directly as
 * `<prefix>-<role>` (they already follow the scheme and forced colours), or an author's `color` for both schemes
 * (`colorRoleProperties`), which the rules of `pickSchemeRoles` then pick from.
 */
export function categoricalColor(prefix: string, index: number, color: string | undefined): Record<string, string> {
  if (color?.trim()) return colorRoleProperties(prefix, index, color);
  return Object.fromEntries(ROLES.map((role) => [`${prefix}-${role}`, paletteVar(index, role)]));
}

/** Declarations that set `<prefix>-<role>` from the scheme's `<prefix>-<role>-<scheme>`, for `schemeRules`. */
export function pickSchemeRoles(prefix: string, scheme: ColorScheme): string {
  return ROLES.map((role) => `${prefix}-${role}:var(${prefix}-${role}-${scheme});`).join("");
}

/** Declarations that set every `<prefix>-<role>` to a system colour, for forced-colours mode. */
export function forcedColorRoles(prefix: string): string {
  return ROLES.map((role) => `${prefix}-${role}:${role === "fill" ? "Canvas" : "CanvasText"};`).join("");
}
