import { forcedColorRoles, pickSchemeRoles } from "../theme/color-roles";
import { schemeRules } from "../theme/scheme-rules";
import { paletteVar, SET_DASHES } from "../theme/tokens";
import { setColorPrefix } from "./colors";

const SETS = [1, 2, 3];

/** The palette's colour roles for every set: already following the scheme and forced colours, so written once. */
const paletteRoles = SETS.map((n) => ["fill", "stroke", "ink"].map((role) => `${setColorPrefix(n)}-${role}:${paletteVar(n - 1, role as "fill")};`).join("")).join("");

/**
 * Rules for a diagram whose sets have their own colours (`setColorVars` on the element with class `scope`): pick
 * each colour's light or dark version with the figure's scheme, and system colours in forced-colours mode. Only such
 * a diagram carries them, scoped to itself; the others use the palette's roles above.
 */
export function customSetColorRules(scope: string): string {
  return [
    ...schemeRules(`.${scope}`, (scheme) => SETS.map((n) => pickSchemeRoles(setColorPrefix(n), scheme)).join("")),
    `@media (forced-colors:active){:where(.ri-figure .${scope}){${SETS.map((n) => forcedColorRoles(setColorPrefix(n))).join("")}}}`,
  ].join("\n");
}

/** The Venn diagram's own CSS: zero-specificity rules scoped under `.ri-venn`. */
export const VENN_STYLESHEET = [
  `:where(.ri-venn .ri-venn-body){${paletteRoles}}`,
  `:where(.ri-venn .ri-venn-picture){margin-inline:auto}`,
  `:where(.ri-venn .ri-venn-picture text){text-anchor:middle;dominant-baseline:central;fill:var(--ri-text)}`,
  `:where(.ri-venn .ri-venn-circle){fill:none;stroke-width:2px;pointer-events:none}`,
  ...SET_DASHES.slice(0, 3).map((dash, i) => `:where(.ri-venn .ri-venn-circle[data-set="${i}"]){stroke-dasharray:${dash}}`),
  `:where(.ri-venn .ri-venn-set-label){font-size:16px;font-weight:700}`,
  `:where(.ri-venn .ri-venn-item){font-size:14px}`,
  `:where(.ri-venn .ri-venn-item[data-described="true"] text){text-decoration:underline dotted;cursor:help}`,
  `:where(.ri-venn .ri-venn-item a text){text-decoration:underline}`,
  `:where(.ri-venn .ri-venn-region > .ri-focus-ring){stroke-width:3px}`,
  `:where(.ri-venn .ri-venn-hit){fill:transparent;stroke:none}`,
  `:where(.ri-venn :focus-visible > .ri-venn-hit){stroke:var(--ri-focus-ring);stroke-width:2px}`,
  `@media print{:where(.ri-venn .ri-venn-hit){stroke:none}}`,
  `:where(.ri-venn .ri-venn-highlight){fill:none;stroke:var(--ri-text);stroke-width:2.5px;pointer-events:none}`,
  // Clipped rather than hidden while closed, so that it still describes its item to screen readers.
  `:where(.ri-venn .ri-venn-tooltip){clip-path:inset(50%);pointer-events:none}`,
  `:where(.ri-venn .ri-venn-tooltip[data-state="open"]){clip-path:none}`,
  `:where(.ri-venn .ri-venn-tooltip rect){fill:var(--ri-surface);stroke:var(--ri-border);stroke-width:1px}`,
  `:where(.ri-venn .ri-venn-tooltip text){font-size:14px}`,
  `:where(.ri-venn [data-ri-enter]){transform-box:fill-box;transform-origin:center}`,
  `:where(.ri-venn .ri-venn-cards){display:grid;grid-template-columns:minmax(0,1fr);gap:12px;margin:0;padding:0}`,
  `:where(.ri-venn .ri-venn-card){padding:12px;border:1.5px solid var(--ri-border);border-radius:var(--ri-radius);color:var(--ri-text)}`,
  `:where(.ri-venn .ri-venn-card-title){display:flex;align-items:center;gap:10px;margin:0 0 8px;font-size:16px;font-weight:700;line-height:1.3}`,
  `:where(.ri-venn .ri-venn-card-title span){min-width:0}`,
  `:where(.ri-venn .ri-venn-glyph){flex:none;width:40px;height:auto;margin:0;overflow:visible}`,
  `:where(.ri-venn .ri-venn-glyph circle){fill:none;stroke:var(--ri-text);stroke-width:1.25px}`,
  `:where(.ri-venn .ri-venn-glyph path){fill:var(--ri-text)}`,
  `:where(.ri-venn .ri-venn-card ul){margin:0;padding-inline-start:20px;font-size:14px;line-height:1.4}`,
  `:where(.ri-venn .ri-venn-card li + li){margin-top:4px}`,
  `:where(.ri-venn .ri-venn-card a){color:var(--ri-text);text-decoration:underline}`,
  `:where(.ri-venn .ri-venn-card-description){display:block;font-size:13px}`,
].join("\n");
