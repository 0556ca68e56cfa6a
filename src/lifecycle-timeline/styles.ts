import { forcedColorRoles, pickSchemeRoles } from "../theme/color-roles";
import { schemeRules } from "../theme/scheme-rules";
import { scopeRules } from "../theme/scope-rules";
import { LANE_COLOR_PREFIX, TIMELINE_TEXT_SIZE } from "./text-size";


/** Rules on classes only this kind writes (`ri-lt-…`): they need no ancestor to stay inside the figure. */
const OWN_RULES = [
  `.ri-lt-connector{fill:none;stroke:var(--ri-border);stroke-width:2px}`,
  `.ri-lt-loop{fill:none;stroke:var(--ri-border);stroke-width:2px;stroke-linecap:round;stroke-linejoin:round}`,
  `.ri-lt-stage{cursor:pointer}`,
  `.ri-lt-stage>[role=button]>text{font-size:16px;font-weight:700}`,
  // Corner radii of the per-stage shapes are set here rather than on each of them. A stage button's one rect is its hit
  // area and focus ring; the stage shades are the plain rects of the backdrop (the active band has its own class).
  `.ri-lt-stage>[role=button]>rect{fill:transparent;stroke:none;rx:10px}`,
  `.ri-lt-back>rect:not(.ri-lt-band){rx:8px;fill:transparent;transition:fill var(--ri-duration-hover) ease-out}`,
  `.ri-lt-back>[data-state="preview"]{fill:var(--ri-surface)}`,
  // A stage's marker: a disc with the stage's number on it.
  `.ri-lt-marker>circle{fill:var(--ri-bg);stroke:var(--ri-border);stroke-width:2px;transition:fill var(--ri-duration-hover) ease-out,stroke var(--ri-duration-hover) ease-out}`,
  `[data-state="preview"] .ri-lt-marker>circle{stroke:var(--ri-accent);stroke-width:3px}`,
  `[data-state="active"] .ri-lt-marker>circle{fill:var(--ri-accent);stroke:var(--ri-accent)}`,
  `.ri-lt-marker>text{text-anchor:middle;font-weight:700}`,
  `[data-state="active"] .ri-lt-marker>text{fill:var(--ri-bg)}`,
  `.ri-lt-band,.ri-lt-panel,.ri-lt-track{fill:var(--ri-surface)}`,
  `.ri-lt-panel{stroke:var(--ri-border);stroke-width:1px}`,
  `.ri-lt-bullet,.ri-lt-muted{fill:var(--ri-text-muted)}`,
  `.ri-lt-bar{fill:var(--lt-fill);stroke:var(--lt-stroke);stroke-width:1.5px;stroke-dasharray:var(--lt-dash)}`,
  `.ri-lt-bar-label{fill:var(--lt-ink)}`,
];

/**
 * Rules that pick a lane's own colour for the figure's scheme, and system colours in forced-colours mode. A timeline
 * whose lanes all take palette colours needs none: those colours already follow both (see `laneRules`).
 */
const CUSTOM_LANE_RULES = [
  ...schemeRules("[data-lane]", (scheme) => pickSchemeRoles(LANE_COLOR_PREFIX, scheme)),
  `@media (forced-colors:active){:where(.ri-figure [data-lane]){${forcedColorRoles(LANE_COLOR_PREFIX)}}}`,
];

/**
 * The timeline's own rules, wrapped in `:where()` (zero specificity), so a host page overrides any of them with an
 * ordinary selector. Rules on the kind's own classes need no ancestor, the others are scoped by `.ri-lifecycle-timeline`.
 */
const RULES = [
  `:where(.ri-lifecycle-timeline svg){font-size:${TIMELINE_TEXT_SIZE}px}`,
  ...scopeRules(OWN_RULES, ""),
  // The ring of the focused stage's button (its rect), after the rect's own rule; never printed.
  "@media not print{:where(.ri-lt-stage>:focus-visible>rect){stroke:var(--ri-focus-ring);stroke-width:2px}}",
  `@media (forced-colors:active){:where([data-state="active"] .ri-lt-marker>circle){fill:Highlight;stroke:Highlight}:where([data-state="active"] .ri-lt-marker>text){fill:HighlightText}}`,
  `:where(.ri-lifecycle-timeline svg a text){fill:var(--ri-accent);text-decoration:underline}`,
  `:where(.ri-lifecycle-timeline [data-ri-enter^="pop"]){transform-box:fill-box;transform-origin:center}`,
].join("\n");

/** The timeline's stylesheet, with the rules for lanes of their own colour when it has any (`customLanes`). */
export function timelineStylesheet(customLanes: boolean): string {
  return customLanes ? `${RULES}\n${CUSTOM_LANE_RULES.join("\n")}` : RULES;
}
