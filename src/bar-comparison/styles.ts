import { forcedColorRoles, pickSchemeRoles } from "../theme/color-roles";
import { schemeRules } from "../theme/scheme-rules";
import { seriesColorPrefix } from "./colors";

const SERIES = [1, 2, 3, 4];
const scope = (selector: string, rule: string) => `:where(.ri-bars ${selector}){${rule}}`;

/** The bar comparison's own CSS: zero-specificity rules scoped under `.ri-bars`. */
export const BARS_STYLESHEET = [
  ...schemeRules(".ri-bars-body", (scheme) => SERIES.map((n) => pickSchemeRoles(seriesColorPrefix(n), scheme)).join("")),
  `@media (forced-colors:active){:where(.ri-bars .ri-bars-body){${SERIES.map((n) => forcedColorRoles(seriesColorPrefix(n))).join("")}}}`,
  scope(".ri-bars-picture text", "dominant-baseline:central;fill:var(--ri-text)"),
  scope(".ri-bars-category", "font-size:14px;font-weight:700"),
  scope(".ri-bars-legend text", "font-size:14px"),
  // A halo of the background keeps a value legible where it crosses a grid line.
  scope(".ri-bars-value", "font-size:13px;paint-order:stroke;stroke:var(--ri-bg);stroke-width:3px;stroke-linejoin:round"),
  scope(".ri-bars-value[data-empty]", "font-style:italic"),
  scope(".ri-bars-picture .ri-bars-tick", "font-size:13px;fill:var(--ri-text-muted)"),
  scope(".ri-bars-grid", "stroke:var(--ri-border);stroke-width:1px;stroke-dasharray:2 4"),
  scope(".ri-bars-zero", "stroke:var(--ri-text);stroke-width:1.5px"),
  scope(".ri-bars-pill", "fill:var(--ri-bg)"),
  scope(".ri-bars-bar", "transform-box:fill-box"),
  scope('.ri-bars-bar[data-grows="right"]', "transform-origin:left center"),
  scope('.ri-bars-bar[data-grows="left"]', "transform-origin:right center"),
  scope(".ri-bars-item", "cursor:default"),
].join("\n");
