import type { InfographicKind } from "../core/kind";
import { ComparisonTableFigure } from "./ComparisonTable";
import { computeComparisonTableLayout } from "./layout";
import { drawComparisonTableStatic } from "./static";
import type { ComparisonTableProps } from "./types";
import { validateComparisonTable } from "./validate";

/** The comparison table in the registry of kinds. */
export const kind: InfographicKind<ComparisonTableProps> = {
  name: "comparison-table",
  componentName: "ComparisonTable",
  Component: ComparisonTableFigure,
  validate: validateComparisonTable,
  computeLayout: computeComparisonTableLayout,
  drawStatic: drawComparisonTableStatic,
};
