/** The stat callouts' own CSS: zero-specificity rules scoped under `.ri-stat-callouts`. */
export const STAT_CALLOUTS_STYLESHEET = [
  `:where(.ri-stat-callouts .ri-sc-card){fill:var(--ri-surface);stroke:transparent;stroke-width:2px;transition:stroke var(--ri-duration-hover) ease-out}`,
  `:where(.ri-stat-callouts .ri-sc-stat[data-state="active"] .ri-sc-card){stroke:var(--ri-border)}`,
  `:where(.ri-stat-callouts .ri-sc-value){fill:var(--ri-text);font-weight:700;font-variant-numeric:tabular-nums}`,
  `:where(.ri-stat-callouts .ri-sc-label){fill:var(--ri-text)}`,
  `:where(.ri-stat-callouts .ri-sc-note){fill:var(--ri-text-muted)}`,
  `:where(.ri-stat-callouts .ri-sc-track){fill:none;stroke:var(--ri-text-muted);stroke-width:2px}`,
  `:where(.ri-stat-callouts .ri-sc-arc){fill:none;stroke:var(--ri-accent);stroke-linecap:butt}`,
  // Forced colours drop the card fills: an outline keeps each stat's card.
  `@media (forced-colors:active){:where(.ri-stat-callouts .ri-sc-card){stroke:CanvasText}}`,
  // Clipped, not hidden: the final sentence each list item reads as, while the drawing beside it may count up.
  `:where(.ri-stat-callouts .ri-sc-sentence){clip-path:inset(50%);pointer-events:none}`,
].join("\n");
