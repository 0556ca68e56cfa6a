import type { InfographicKind } from "../core/kind";
import { BarComparison } from "./BarComparison";
import { computeBarComparisonLayout } from "./layout";
import { drawBarComparisonStatic } from "./static";
import type { BarComparisonProps } from "./types";
import { validateBarComparison } from "./validate";

/** The bar comparison in the registry of kinds. */
export const kind: InfographicKind<BarComparisonProps> = {
  name: "bar-comparison",
  componentName: "BarComparison",
  Component: BarComparison,
  validate: validateBarComparison,
  computeLayout: computeBarComparisonLayout,
  drawStatic: drawBarComparisonStatic,
};
