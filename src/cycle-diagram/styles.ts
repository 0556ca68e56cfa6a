import { TIMELINE_TEXT_SIZE } from "../lifecycle-timeline/text-size";
/**
 * The cycle's own rules, scoped under `.ri-cycle-diagram` and wrapped in `:where()` (zero specificity), so a host
 * page overrides any of them with an ordinary selector. Active: a filled marker and a thicker outline (not colour
 * alone); preview (hover or focus): an accent outline.
 */
export const CYCLE_STYLESHEET = [
  // TimelineText writes a size only where it differs from this one.
  `:where(.ri-cycle-diagram svg){font-size:${TIMELINE_TEXT_SIZE}px}`,
  `:where(.ri-cycle-diagram .ri-cy-link){fill:var(--ri-text-muted)}`,
  `:where(.ri-cycle-diagram .ri-cy-track){fill:none;stroke:var(--ri-surface);stroke-width:10px}`,
  `:where(.ri-cycle-diagram .ri-cy-step){cursor:pointer}`,
  `:where(.ri-cycle-diagram .ri-cy-hit){fill:transparent}`,
  `:where(.ri-cycle-diagram .ri-cy-shade){fill:transparent;transition:fill var(--ri-duration-hover) ease-out}`,
  `:where(.ri-cycle-diagram [data-state="preview"] .ri-cy-shade){fill:var(--ri-surface)}`,
  `:where(.ri-cycle-diagram .ri-cy-marker){fill:var(--ri-bg);stroke:var(--ri-text-muted);stroke-width:2px;transition:fill var(--ri-duration-hover) ease-out,stroke var(--ri-duration-hover) ease-out}`,
  `:where(.ri-cycle-diagram [data-state="preview"] .ri-cy-marker){stroke:var(--ri-accent);stroke-width:3px}`,
  `:where(.ri-cycle-diagram [data-state="active"] .ri-cy-marker){fill:var(--ri-accent);stroke:var(--ri-text);stroke-width:3px}`,
  `:where(.ri-cycle-diagram .ri-cy-number){text-anchor:middle;font-weight:700}`,
  `:where(.ri-cycle-diagram [data-state="active"] .ri-cy-number){fill:var(--ri-bg)}`,
  `:where(.ri-cycle-diagram .ri-cy-panel){fill:var(--ri-surface);stroke:var(--ri-border);stroke-width:1px}`,
  `:where(.ri-cycle-diagram .ri-cy-bullet){fill:var(--ri-text-muted)}`,
  `:where(.ri-cycle-diagram .ri-cy-muted){fill:var(--ri-text-muted)}`,
  `:where(.ri-cycle-diagram svg a text){fill:var(--ri-accent);text-decoration:underline}`,
  `:where(.ri-cycle-diagram [data-ri-enter^="pop"]){transform-box:fill-box;transform-origin:center}`,
  `@media (forced-colors:active){:where(.ri-cycle-diagram .ri-cy-link){fill:CanvasText}:where(.ri-cycle-diagram [data-state="active"] .ri-cy-marker){fill:Highlight;stroke:CanvasText}:where(.ri-cycle-diagram [data-state="active"] .ri-cy-number){fill:HighlightText}}`,
].join("\n");
