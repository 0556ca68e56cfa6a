import type { CSSProperties } from "react";
import { propertyRule } from "../theme/property-rule";

/**
 * One rule per column that gives its cells (matched by the column part of their `data-key`, `row:column`) the
 * column's colour properties: written once per column instead of in a style attribute on every cell. The values
 * come from `columnColorStyle`, which only lets checked colours through.
 */
export function columnRules(scope: string, colorStyles: readonly CSSProperties[]): string {
  return colorStyles.map((style, index) => propertyRule(`.${scope} [data-key$=":${index + 1}"]`, style)).join("");
}
