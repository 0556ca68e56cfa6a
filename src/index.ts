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

export { QuadrantChart } from "./quadrant-chart/QuadrantChart";
export { validateQuadrantChart } from "./quadrant-chart/validate";
export type { QuadrantAxis, QuadrantChartProps, QuadrantItem, QuadrantNames } from "./quadrant-chart/types";
export { StatCallouts } from "./stat-callouts/StatCallouts";
export { validateStatCallouts } from "./stat-callouts/validate";
export type { StatCallout, StatCalloutsProps } from "./stat-callouts/types";

export { BarComparison } from "./bar-comparison/BarComparison";
export { validateBarComparison } from "./bar-comparison/validate";
export type { BarCategory, BarComparisonProps, BarSeries } from "./bar-comparison/types";

export { RaciMatrix } from "./raci-matrix/RaciMatrix";
export { validateRaciMatrix } from "./raci-matrix/validate";
export type { RaciCode, RaciMatrixProps, RaciRole, RaciTask } from "./raci-matrix/types";

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
