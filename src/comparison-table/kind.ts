import type { InfographicKind } from "../core/kind";
import { figureAlone } from "../core/figure-alone";
import { ComparisonTable, DrawnComparisonTable } from "./ComparisonTable";
import { computeComparisonTableLayout } from "./layout";
import { drawComparisonTableStatic } from "./static";
import type { ComparisonTableProps } from "./types";
import { validateComparisonTable } from "./validate";

/** The comparison table in the registry of kinds. */
export const kind: InfographicKind<ComparisonTableProps> = {
  name: "comparison-table",
  componentName: "ComparisonTable",
  Component: figureAlone(ComparisonTable, DrawnComparisonTable, validateComparisonTable),
  validate: validateComparisonTable,
  computeLayout: computeComparisonTableLayout,
  drawStatic: drawComparisonTableStatic,
};
