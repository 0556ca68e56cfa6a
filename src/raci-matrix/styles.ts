import { forcedColorRoles, pickSchemeRoles } from "../theme/color-roles";
import { schemeRules } from "../theme/scheme-rules";
import { scopeRules } from "../theme/scope-rules";
import { TABLE_TEXT } from "../comparison-table/table-text";

/** The elements that carry a role's colours, as custom properties for both schemes. */
const COLORED = ".ri-rm-rolehead";

/**
 * Component CSS of the RACI matrix, scoped under `.ri-raci-matrix`. Codes differ by shape and weight, never by
 * colour alone: Accountable is a filled disc, Responsible a solid ring, Consulted a dashed ring, Informed a dotted
 * ring in the muted ink; the letters of A and R are bold. Letters always sit on the page background (or cut out of
 * the text colour), so they keep the text contrast of the theme, whatever the role's colour.
 */
const rules: string[] = [
  // Text drawn by the table's TextBlockView writes size, weight and anchor only where they differ from these.
  `.ri-rm-svg{font-size:${TABLE_TEXT.fontSize}px;font-weight:400;text-anchor:start}`,
  `.ri-rm-cell-bg{fill:var(--ri-surface);stroke:none;transition:fill var(--ri-duration-hover) ease-out}`,
  `.ri-rm-taskhead>.ri-rm-cell-bg,.ri-rm-corner>.ri-rm-cell-bg{fill:transparent}`,
  `.ri-rm-rolehead>.ri-rm-cell-bg{fill:var(--rm-fill);stroke:var(--rm-stroke);stroke-width:1.5px}`,
  `.ri-rm-rolehead[data-active]>.ri-rm-cell-bg{stroke-width:3px}`,
  `.ri-rm-datacell[data-active]>.ri-rm-cell-bg{fill:color-mix(in srgb,var(--ri-accent) 10%,var(--ri-surface))}`,
  `.ri-rm-datacell[data-active="both"]>.ri-rm-cell-bg{fill:color-mix(in srgb,var(--ri-accent) 20%,var(--ri-surface))}`,
  `.ri-rm-taskhead[data-active]>.ri-rm-cell-bg{fill:color-mix(in srgb,var(--ri-accent) 10%,var(--ri-surface))}`,
  `.ri-rm-row-mark{fill:var(--ri-accent);visibility:hidden}`,
  `.ri-rm-taskhead[data-active]>.ri-rm-row-mark{visibility:visible}`,
  `.ri-rm-text{fill:var(--ri-text)}`,
  `.ri-rm-muted{fill:var(--ri-text-muted)}`,
  `.ri-rm-ink{fill:var(--rm-ink)}`,
  `.ri-rm-badge>circle{fill:var(--ri-bg);stroke:var(--ri-text);stroke-width:2px}`,
  `.ri-rm-badge>text{fill:var(--ri-text);font-size:14px;font-weight:700}`,
  `.ri-rm-badge[data-code="A"]>circle{fill:var(--ri-text)}`,
  `.ri-rm-badge[data-code="A"]>text{fill:var(--ri-bg)}`,
  `.ri-rm-badge[data-code="C"]>circle{stroke-width:1.5px;stroke-dasharray:4.5 3}`,
  `.ri-rm-badge[data-code="C"]>text{font-weight:400}`,
  `.ri-rm-badge[data-code="I"]>circle{stroke:var(--ri-text-muted);stroke-dasharray:0 3.8;stroke-linecap:round}`,
  `.ri-rm-badge[data-code="I"]>text{fill:var(--ri-text-muted);font-weight:400}`,
  `.ri-rm-glyph{display:inline-block;flex:none;width:24px;height:24px;margin:0;vertical-align:middle}`,
  // The legend, written as HTML under the table: four entries in a row while they fit.
  `.ri-rm-legend{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,160px),1fr));gap:8px 16px;margin:12px 0 0;padding:0;list-style:none}`,
  `.ri-rm-legend-entry{display:flex;gap:8px;align-items:flex-start;font-size:14px;line-height:1.3}`,
  `.ri-rm-legend-entry b{display:block}`,
  `.ri-rm-legend-entry small{display:block;font-size:12px;color:var(--ri-text-muted)}`,
  // The narrow layout: one card per task.
  `.ri-rm-cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,240px),1fr));gap:12px;align-items:start}`,
  `.ri-rm-card{border:1.5px solid var(--ri-border);border-radius:8px;overflow-wrap:anywhere;hyphens:auto;background:var(--ri-bg)}`,
  `.ri-rm-card-head{padding:10px 12px;background:var(--ri-surface);border-radius:8px 8px 0 0}`,
  `.ri-rm-card-title{margin:0;font-size:16px;font-weight:700;line-height:1.3}`,
  `.ri-rm-card-description{margin:4px 0 0;font-size:12px;color:var(--ri-text-muted)}`,
  `.ri-rm-entries{list-style:none;margin:0;padding:4px 12px 8px}`,
  `.ri-rm-entry{display:flex;gap:8px;align-items:flex-start;padding:6px 0;font-size:14px;line-height:1.4}`,
  `.ri-rm-entry+.ri-rm-entry{border-top:1px solid color-mix(in srgb,var(--ri-border) 45%,transparent)}`,
  `.ri-rm-entry b{font-weight:700}`,
  `.ri-rm-entry:not([data-code]){color:var(--ri-text-muted)}`,
  `.ri-rm-dash{stroke:var(--ri-text-muted);stroke-width:2px;stroke-linecap:round}`,
];

/** The RACI matrix's own stylesheet, every rule wrapped in `:where()` under `.ri-raci-matrix`. */
export const RACI_MATRIX_STYLESHEET = scopeRules(rules, ".ri-raci-matrix")
  .concat(
    schemeRules(COLORED, (scheme) => pickSchemeRoles("--rm", scheme)),
    `@media (forced-colors:active){:where(.ri-figure ${COLORED}){${forcedColorRoles("--rm")}}}`,
    "@media (forced-colors:active){:where(.ri-raci-matrix .ri-rm-datacell>.ri-rm-cell-bg){stroke:CanvasText;stroke-width:1px}}",
  )
  .join("\n");
