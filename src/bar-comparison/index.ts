export { BarComparison } from "./BarComparison";
export type { BarCategory, BarComparisonProps, BarSeries } from "./types";
export { validateBarComparison } from "./validate";
export {
  computeBarComparisonLayout,
  type BarComparisonLayout,
  type BarComparisonLayoutOptions,
  type BarLayout,
  type BarTextBlock,
  type BarValueLabel,
  type LegendEntryLayout,
  type TickLayout,
} from "./layout";
