export { QuadrantChart } from "./QuadrantChart";
export type { QuadrantAxis, QuadrantChartProps, QuadrantItem, QuadrantNames } from "./types";
export { validateQuadrantChart } from "./validate";
export {
  computeQuadrantChartLayout,
  type QuadrantAxisLayout,
  type QuadrantChartLayout,
  type QuadrantChartLayoutOptions,
  type QuadrantItemLayout,
  type QuadrantLayout,
  type QuadrantTextBlock,
  type QuadrantTextLine,
} from "./layout";
