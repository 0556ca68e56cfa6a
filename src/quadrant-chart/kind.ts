import type { InfographicKind } from "../core/kind";
import { computeQuadrantChartLayout } from "./layout";
import { QuadrantChart } from "./QuadrantChart";
import { drawQuadrantChartStatic } from "./static";
import type { QuadrantChartProps } from "./types";
import { validateQuadrantChart } from "./validate";

/** The quadrant chart in the registry of kinds. */
export const kind: InfographicKind<QuadrantChartProps> = {
  name: "quadrant-chart",
  componentName: "QuadrantChart",
  Component: QuadrantChart,
  validate: validateQuadrantChart,
  computeLayout: computeQuadrantChartLayout,
  drawStatic: drawQuadrantChartStatic,
};
