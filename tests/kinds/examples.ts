import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import quadrantFixture from "../../stories/fixtures/quadrant-chart.json";
import stats from "../../stories/fixtures/stat-callouts.json";
import bars from "../../stories/fixtures/bar-comparison.json";
import raci from "../../stories/fixtures/raci-matrix.json";
import cycle from "../../stories/fixtures/cycle-diagram.json";
import type { KindName } from "../../src/kinds";

/** Reference content for every kind in the registry; a kind added without an example fails the registry test. */
export const KIND_EXAMPLES: Partial<Record<KindName, Record<string, unknown>>> = {
  "venn-diagram": fixture.venn,
  "lifecycle-timeline": fixture.timeline,
  "comparison-table": fixture.comparison,
  "quadrant-chart": quadrantFixture.backlog,
  "stat-callouts": stats.reference,
  "bar-comparison": bars.salaries,
  "raci-matrix": raci,
  "cycle-diagram": cycle.reference,
};

/** Every visible label of a piece of content: strings under `label`, `title` and item strings. */
export function labelsOf(value: unknown, key = ""): string[] {
  if (typeof value === "string") return key === "label" || key === "title" || key === "items" ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((entry) => labelsOf(entry, key === "items" ? "items" : ""));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => labelsOf(v, k));
  return [];
}
