// The React-free entry: pure layout, validation and text functions, usable headless in Node, a worker or a CMS
// build step. Nothing imported here may import React.
export { computeVennLayout } from "./venn/layout";
export type { VennCircleLayout, VennItemLayout, VennLayout, VennLayoutOptions, VennRegionLayout } from "./venn/layout";
export { validateVennDiagram } from "./venn/validate";

export { computeLifecycleTimelineLayout, timelineFitsHorizontally, type LifecycleTimelineLayoutOptions } from "./lifecycle-timeline/layout";
export type { LaneLayout, LifecycleTimelineLayout, StageLayout } from "./lifecycle-timeline/layout-types";
export { validateLifecycleTimeline } from "./lifecycle-timeline/validate";

export { computeComparisonTableLayout } from "./comparison-table/layout";
export type { ComparisonTableLayout, ComparisonTableLayoutOptions, TableCellLayout, TableColumnLayout, TableRowLayout } from "./comparison-table/layout";
export { validateComparisonTable } from "./comparison-table/validate";

export { computeQuadrantChartLayout } from "./quadrant-chart/layout";
export type { QuadrantAxisLayout, QuadrantChartLayout, QuadrantChartLayoutOptions, QuadrantItemLayout, QuadrantLayout } from "./quadrant-chart/layout";
export { validateQuadrantChart } from "./quadrant-chart/validate";
export { computeStatCalloutsLayout } from "./stat-callouts/layout";
export type { StatCalloutsLayout, StatCalloutsLayoutOptions, StatCellLayout, StatTextBlock } from "./stat-callouts/layout";
export type { RingLayout } from "./stat-callouts/ring";
export { validateStatCallouts } from "./stat-callouts/validate";

export { computeBarComparisonLayout } from "./bar-comparison/layout";
export type { BarComparisonLayout, BarComparisonLayoutOptions, BarLayout, BarTextBlock, BarValueLabel, LegendEntryLayout, TickLayout } from "./bar-comparison/layout";
export { validateBarComparison } from "./bar-comparison/validate";

export { computeRaciMatrixLayout } from "./raci-matrix/layout";
export type { RaciBadgeLayout, RaciCellLayout, RaciLegendLayout, RaciMatrixLayout, RaciMatrixLayoutOptions, RaciRoleLayout, RaciRowLayout } from "./raci-matrix/layout-types";
export { validateRaciMatrix } from "./raci-matrix/validate";

export { computeCycleDiagramLayout, type CycleDiagramLayoutOptions } from "./cycle-diagram/layout";
export type { CycleDetailsLayout, CycleDiagramLayout, CycleStepLayout, CycleStrokes } from "./cycle-diagram/layout-types";
export { validateCycleDiagram } from "./cycle-diagram/validate";

export { measureTextWidth, type FontWeight, type TextStyle } from "./core/text/measure";
export { wrapText, type WrapOptions, type WrappedText } from "./core/text/wrap";
export { safeHref } from "./core/safe-href";
export type { InfographicItem, ValidationProblem } from "./core/types";
export { deriveCustomColor, type ColorScheme, type DerivedColor } from "./theme/custom-color";
