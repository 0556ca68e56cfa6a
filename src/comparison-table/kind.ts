import type { InfographicKind } from "../core/kind";
import { ComparisonTable } from "./ComparisonTable";
import { computeComparisonTableLayout } from "./layout";
import type { ComparisonTableProps } from "./types";
import { validateComparisonTable } from "./validate";

/** The comparison table in the registry of kinds. */
export const kind: InfographicKind<ComparisonTableProps> = {
  name: "comparison-table",
  componentName: "ComparisonTable",
  Component: ComparisonTable,
  validate: validateComparisonTable,
  computeLayout: computeComparisonTableLayout,
  // Placeholder until the standalone drawing lands (work in progress on a branch).
  drawStatic: () => {
    throw new Error("ComparisonTable has no standalone drawing yet");
  },
};
