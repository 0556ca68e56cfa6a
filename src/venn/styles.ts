import { forcedColorRoles, pickSchemeRoles } from "../theme/color-roles";
import { schemeRules } from "../theme/scheme-rules";
import { scopeRules } from "../theme/scope-rules";
import { SET_DASHES } from "../theme/tokens";
import { setColorPrefix } from "./colors";

const SETS = [1, 2, 3];

/**
 * Rules for a diagram whose sets have their own colours (`setColorVars` on the element with class `scope`): pick
 * each colour's light or dark version with the figure's scheme, and system colours in forced-colours mode. Only such
 * a diagram carries them, scoped to itself; the others use the palette's colours directly (see `regionFill`).
 */
export function customSetColorRules(scope: string): string {
  return [
    ...schemeRules(`.${scope}`, (scheme) => SETS.map((n) => pickSchemeRoles(setColorPrefix(n), scheme)).join("")),
    `@media (forced-colors:active){:where(.ri-figure .${scope}){${SETS.map((n) => forcedColorRoles(setColorPrefix(n))).join("")}}}`,
  ].join("\n");
}

/** The Venn diagram's rules; each selector names a class only this kind writes (`ri-venn-…`). */
const rules = [
  // Items and description boxes are 14 px; set labels say otherwise below.
  `.ri-venn-picture{font-size:14px}`,
  `.ri-venn-picture text{text-anchor:middle;dominant-baseline:central;fill:var(--ri-text)}`,
  `.ri-venn-circle{fill:none;stroke-width:2px;pointer-events:none}`,
  // The first set's outline is solid, the initial value.
  ...SET_DASHES.slice(1, 3).map((dash, i) => `.ri-venn-circle[data-set="${i + 1}"]{stroke-dasharray:${dash}}`),
  `.ri-venn-set-label{font-size:16px;font-weight:700}`,
  `.ri-venn-item[data-described="true"] text{text-decoration:underline dotted;cursor:help}`,
  `.ri-venn-item a text{text-decoration:underline}`,
  `.ri-venn-region>.ri-focus-ring{stroke-width:3px}`,
  // An item's one rect is its hit area and focus ring; its corner radius is set here rather than on each of them.
  `.ri-venn-item rect{fill:transparent;stroke:none;rx:4px}`,
  `.ri-venn-highlight{fill:none;stroke:var(--ri-text);stroke-width:2.5px;pointer-events:none}`,
  // Clipped rather than hidden while closed, so that it still describes its item to screen readers.
  `.ri-venn-tooltip{clip-path:inset(50%);pointer-events:none}`,
  `.ri-venn-tooltip[data-state="open"]{clip-path:none}`,
  `.ri-venn-tooltip rect{fill:var(--ri-surface);stroke:var(--ri-border);stroke-width:1px}`,
  `.ri-venn-picture [data-ri-enter]{transform-box:fill-box;transform-origin:center}`,
  `.ri-venn-cards{display:grid;grid-template-columns:minmax(0,1fr);gap:12px}`,
  `.ri-venn-card{padding:12px;border:1.5px solid var(--ri-border);border-radius:var(--ri-radius);color:var(--ri-text)}`,
  `.ri-venn-card-title{display:flex;align-items:center;gap:10px;margin:0 0 8px;font-size:16px;font-weight:700;line-height:1.3}`,
  `.ri-venn-card-title span{min-width:0}`,
  // The base rules already make every figure svg a block with auto height and visible overflow.
  `.ri-venn-glyph{flex:none;width:40px;margin:0}`,
  `.ri-venn-glyph circle{fill:none;stroke:var(--ri-text);stroke-width:1.25px}`,
  `.ri-venn-glyph path{fill:var(--ri-text)}`,
  `.ri-venn-card ul{margin:0;padding-inline-start:20px;font-size:14px;line-height:1.4}`,
  `.ri-venn-card li+li{margin-top:4px}`,
  `.ri-venn-card a{color:var(--ri-text);text-decoration:underline}`,
  `.ri-venn-card-description{display:block;font-size:13px}`,
];

/** The Venn diagram's own CSS: zero-specificity rules, scoped by the kind's own class names. */
export const VENN_STYLESHEET = [
  ...scopeRules(rules, ""),
  // The focused item's ring, never printed; no other focusable element has a rect child, so it needs no class.
  "@media not print{:where(.ri-venn-picture :focus-visible>rect){stroke:var(--ri-focus-ring);stroke-width:2px}}",
].join("\n");
