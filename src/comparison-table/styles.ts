import { forcedColorRoles, pickSchemeRoles } from "../theme/color-roles";
import { schemeRules } from "../theme/scheme-rules";
import { scopeRules } from "../theme/scope-rules";
import { TABLE_TEXT } from "./table-text";

/** The elements that carry a column's colours, as custom properties for both schemes. */
const COLORED = ":is(.ri-ct-cell,.ri-ct-outline,.ri-ct-card)";


/** Component CSS of the comparison table: zero specificity, scoped under `.ri-figure` (see below). */
const rules: string[] = [
  // Inherited by the text, so that a size, weight or anchor written on a <text> still wins.
  `.ri-ct-svg{font-variant-numeric:tabular-nums;font-size:${TABLE_TEXT.fontSize}px;font-weight:400;text-anchor:start}`,
  `.ri-ct-cell-bg{fill:var(--ri-surface);stroke:none;transition:fill var(--ri-duration-hover) ease-out}`,
  `.ri-ct-rowheader>.ri-ct-cell-bg,.ri-ct-corner>.ri-ct-cell-bg{fill:transparent}`,
  `.ri-ct-colheader>.ri-ct-cell-bg{fill:var(--ct-fill);stroke:var(--ct-stroke);stroke-width:1.5px}`,
  `.ri-ct-colheader[data-highlight="other"]>.ri-ct-cell-bg{fill:color-mix(in srgb,var(--ct-fill) 40%,var(--ri-bg))}`,
  `.ri-ct-colheader[data-highlight="chosen"]>.ri-ct-cell-bg{stroke-width:2.5px}`,
  `.ri-ct-datacell[data-highlight="chosen"]>.ri-ct-cell-bg{fill:color-mix(in srgb,var(--ct-fill) 45%,var(--ri-surface))}`,
  `.ri-ct-body>.ri-ct-row[data-state="active"]>.ri-ct-cell>.ri-ct-cell-bg{fill:color-mix(in srgb,var(--ri-accent) 10%,var(--ri-surface))}`,
  `.ri-ct-row-mark{fill:var(--ri-accent);visibility:hidden}`,
  `.ri-ct-row[data-state="active"]>.ri-ct-cell>.ri-ct-row-mark{visibility:visible}`,
  `.ri-ct-outline{fill:none;stroke:var(--ct-stroke);stroke-width:2.5px;pointer-events:none}`,
  // Plain text takes the text colour; the muted, column-ink and link classes below change it.
  `.ri-ct-svg text{fill:var(--ri-text)}`,
  `.ri-ct-muted{fill:var(--ri-text-muted)}`,
  `.ri-ct-ink{fill:var(--ct-ink)}`,
  `.ri-ct-link{fill:var(--ri-accent);text-decoration:underline}`,
  `.ri-ct-yes-disc{fill:var(--ct-stroke)}`,
  `.ri-ct-yes-mark{fill:none;stroke:var(--ri-bg);stroke-width:2.4px;stroke-linecap:round;stroke-linejoin:round}`,
  `.ri-ct-no-ring{fill:none;stroke:var(--ri-text-muted);stroke-width:1.5px}`,
  `.ri-ct-no-mark,.ri-ct-dash{fill:none;stroke:var(--ri-text-muted);stroke-width:2px;stroke-linecap:round}`,
  `.ri-ct-bullet{fill:var(--ct-stroke)}`,
  // The stacked layout: one card per column, side by side while two fit, else one under the other.
  `.ri-ct-cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,240px),1fr));gap:12px;align-items:start}`,
  `.ri-ct-card{border:1.5px solid var(--ct-stroke);border-radius:8px;overflow:hidden;overflow-wrap:anywhere;hyphens:auto;background:var(--ri-bg)}`,
  `.ri-ct-card[data-highlight="chosen"]{border-width:3px}`,
  `.ri-ct-card-head{padding:12px;background:var(--ct-fill);color:var(--ct-ink)}`,
  `.ri-ct-card[data-highlight="other"] .ri-ct-card-head{background:color-mix(in srgb,var(--ct-fill) 40%,var(--ri-bg))}`,
  `.ri-ct-card-title{margin:0;font-size:16px;font-weight:700;line-height:1.3}`,
  `.ri-ct-card-description{margin:4px 0 0;font-size:12px}`,
  `.ri-ct-entries{list-style:none;margin:0;padding:0}`,
  `.ri-ct-entry{padding:10px 12px;font-size:14px;line-height:1.4}`,
  `.ri-ct-entry+.ri-ct-entry{border-top:1px solid color-mix(in srgb,var(--ri-border) 45%,transparent)}`,
  `.ri-ct-entry-label{display:block;font-weight:700}`,
  `.ri-ct-entry-description{display:block;font-size:12px;color:var(--ri-text-muted)}`,
  `.ri-ct-entry-value{display:block;margin-top:2px}`,
  `.ri-ct-entry-value ul{margin:0;padding-inline-start:18px;list-style:disc}`,
  `.ri-ct-entry-value ul small{display:block;font-size:12px;color:var(--ri-text-muted)}`,
  `.ri-ct-number{font-variant-numeric:tabular-nums}`,
  `.ri-ct-glyph{display:inline-block;width:20px;height:20px;vertical-align:-5px;margin:0;margin-inline-end:6px}`,
];

/**
 * Rules that pick a column's own colour for the figure's scheme, and system colours in forced-colours mode. A table
 * whose columns all take palette colours needs none: those colours already follow both (see `columnColorStyle`).
 */
const CUSTOM_COLUMN_RULES = [
  ...schemeRules(COLORED, (scheme) => pickSchemeRoles("--ct", scheme)),
  `@media (forced-colors:active){:where(.ri-figure ${COLORED}){${forcedColorRoles("--ct")}}}`,
];

/** Every selector starts with a class only this kind writes (`ri-ct-…`), so the rules need no ancestor. */
const RULES = scopeRules(rules, "")
  .concat(
    // Forced colours flatten every fill to Canvas: outline body cells so the grid stays visible.
    "@media (forced-colors:active){:where(.ri-ct-datacell>.ri-ct-cell-bg){stroke:CanvasText;stroke-width:1px}}",
  )
  .join("\n");

/** The comparison table's own stylesheet, with the rules for columns of their own colour when it has any. */
export function comparisonTableStylesheet(customColumns: boolean): string {
  return customColumns ? `${RULES}\n${CUSTOM_COLUMN_RULES.join("\n")}` : RULES;
}
