import { forcedColorRoles, pickSchemeRoles } from "../theme/color-roles";
import { schemeRules } from "../theme/scheme-rules";
import { LANE_COLOR_PREFIX, TIMELINE_TEXT_SIZE } from "./text-size";


/**
 * The timeline's own rules, wrapped in `:where()` (zero specificity), so a host page overrides any of them with an
 * ordinary selector. Rules on a class only this kind writes (`ri-lt-…`) are scoped by the shorter `.ri-figure`, the
 * others by `.ri-lifecycle-timeline`.
 */
export const TIMELINE_STYLESHEET = [
  `:where(.ri-lifecycle-timeline svg){font-size:${TIMELINE_TEXT_SIZE}px}`,
  `:where(.ri-figure .ri-lt-connector){fill:none;stroke:var(--ri-border);stroke-width:2px}`,
  `:where(.ri-figure .ri-lt-loop){fill:none;stroke:var(--ri-border);stroke-width:2px;stroke-linecap:round;stroke-linejoin:round}`,
  `:where(.ri-figure .ri-lt-stage){cursor:pointer}`,
  `:where(.ri-figure .ri-lt-hit){fill:transparent;stroke:none}`,
  `:where(.ri-lifecycle-timeline :focus-visible > .ri-lt-hit){stroke:var(--ri-focus-ring);stroke-width:2px}`,
  `@media print{:where(.ri-figure .ri-lt-hit){stroke:none}}`,
  `:where(.ri-figure .ri-lt-shade){fill:transparent;transition:fill var(--ri-duration-hover) ease-out}`,
  `:where(.ri-figure .ri-lt-shade[data-state="preview"]){fill:var(--ri-surface)}`,
  `:where(.ri-figure .ri-lt-marker){fill:var(--ri-bg);stroke:var(--ri-border);stroke-width:2px;transition:fill var(--ri-duration-hover) ease-out,stroke var(--ri-duration-hover) ease-out}`,
  `:where(.ri-lifecycle-timeline [data-state="preview"] .ri-lt-marker){stroke:var(--ri-accent);stroke-width:3px}`,
  `:where(.ri-lifecycle-timeline [data-state="active"] .ri-lt-marker){fill:var(--ri-accent);stroke:var(--ri-accent)}`,
  `:where(.ri-figure .ri-lt-number){text-anchor:middle;font-weight:700}`,
  `:where(.ri-lifecycle-timeline [data-state="active"] .ri-lt-number){fill:var(--ri-bg)}`,
  `:where(.ri-figure .ri-lt-band),:where(.ri-figure .ri-lt-panel){fill:var(--ri-surface)}`,
  `:where(.ri-figure .ri-lt-panel){stroke:var(--ri-border);stroke-width:1px}`,
  `:where(.ri-figure .ri-lt-bullet){fill:var(--ri-text-muted)}`,
  `:where(.ri-figure .ri-lt-muted){fill:var(--ri-text-muted)}`,
  `:where(.ri-figure .ri-lt-track){fill:var(--ri-surface)}`,
  `:where(.ri-figure .ri-lt-bar){fill:var(--lt-fill);stroke:var(--lt-stroke);stroke-width:1.5px}`,
  `:where(.ri-figure .ri-lt-bar-label){fill:var(--lt-ink)}`,
  ...schemeRules(".ri-lt-lane", (scheme) => pickSchemeRoles(LANE_COLOR_PREFIX, scheme)),
  `@media (forced-colors:active){:where(.ri-figure .ri-lt-lane){${forcedColorRoles(LANE_COLOR_PREFIX)}}}`,
  `:where(.ri-lifecycle-timeline svg a text){fill:var(--ri-accent);text-decoration:underline}`,
  `:where(.ri-lifecycle-timeline [data-ri-enter="pop"]){transform-box:fill-box;transform-origin:center}`,
  `@media (forced-colors:active){:where(.ri-lifecycle-timeline [data-state="active"] .ri-lt-marker){fill:Highlight;stroke:Highlight}:where(.ri-lifecycle-timeline [data-state="active"] .ri-lt-number){fill:HighlightText}}`,
].join("\n");
