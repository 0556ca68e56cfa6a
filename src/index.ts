// The React entry. The build puts "use client" at the top of dist/index.js for React Server Components.
export { VennDiagram } from "./venn/VennDiagram";
export { validateVennDiagram } from "./venn/validate";
export type { VennDiagramProps, VennOverlap, VennSet } from "./venn/types";

export { LifecycleTimeline } from "./lifecycle-timeline/LifecycleTimeline";
export { validateLifecycleTimeline } from "./lifecycle-timeline/validate";
export type { LifecycleStage, LifecycleTimelineProps, TimelineLane, TimelineLaneSpan, TimelineOrientation } from "./lifecycle-timeline/types";

export { ComparisonTable } from "./comparison-table/ComparisonTable";
export { validateComparisonTable } from "./comparison-table/validate";
export type { ComparisonColumn, ComparisonRow, ComparisonTableProps, ComparisonValue } from "./comparison-table/types";

export { CycleDiagram } from "./cycle-diagram/CycleDiagram";
export { validateCycleDiagram } from "./cycle-diagram/validate";
export type { CycleDiagramProps, CycleStep } from "./cycle-diagram/types";

export type {
  AnimationMode,
  Direction,
  InfographicItem,
  InfographicItemObject,
  InfographicProps,
  InfographicSource,
  ThemeName,
  ThemeOverrides,
  ValidationProblem,
} from "./core/types";
export { DARK_TOKENS, LIGHT_TOKENS } from "./theme/tokens";
