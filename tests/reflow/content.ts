import type { BarComparisonProps } from "../../src/bar-comparison";
import type { ComparisonTableProps } from "../../src/comparison-table";
import type { RaciMatrixProps } from "../../src/raci-matrix";
import type { CycleDiagramProps } from "../../src/cycle-diagram";
import type { LifecycleTimelineProps } from "../../src/lifecycle-timeline";
import type { StatCalloutsProps } from "../../src/stat-callouts";
import type { VennDiagramProps } from "../../src/venn";

/** Words that give a line nowhere to break: a 63-letter compound, a long URL, a run of emoji. */
export const COMPOUND = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz";
export const URL = "https://example.com/guides/responsibilities/product-and-project-management/overview?section=budget";
export const EMOJI = "🚀📈🎯👩‍💻🚀📈🎯👩‍💻🚀📈🎯👩‍💻🚀📈🎯";
/** Right-to-left text with Latin inside it. */
export const ARABIC = "مدير المنتج Product manager يقرر الرؤية والاستراتيجية";
export const HEBREW = "מנהל הפרויקט Project manager אחראי על התקציב והלוח";

/** A Venn diagram whose every kind of text holds such content. */
export const venn: VennDiagramProps = {
  title: `Who owns the ${COMPOUND}`,
  description: `Read more at ${URL}`,
  sets: [
    { id: "a", label: COMPOUND, items: [COMPOUND, URL, { label: EMOJI, description: URL }, ARABIC] },
    { id: "b", label: HEBREW, items: [HEBREW, "Budget"] },
  ],
  overlaps: [{ sets: ["a", "b"], label: EMOJI, items: [URL, ARABIC] }],
  animation: "none",
};

/** A lifecycle timeline with the same content in stages, details and lanes. */
export const timeline: LifecycleTimelineProps = {
  title: `The ${COMPOUND} lifecycle`,
  description: URL,
  stages: [
    { id: "one", label: COMPOUND, description: URL, period: EMOJI },
    { id: "two", label: ARABIC, description: HEBREW, items: [URL, { label: COMPOUND, description: EMOJI }] },
    { id: "three", label: EMOJI, description: COMPOUND },
  ],
  lanes: [{ id: "lane", label: HEBREW, spans: [{ from: "one", to: "three", label: COMPOUND }] }],
  defaultActiveStageId: "two",
  animation: "none",
};

/** A comparison table with the same content in headers, text, lists and descriptions. */
export const table: ComparisonTableProps = {
  title: `${COMPOUND} compared`,
  rowHeaderLabel: COMPOUND,
  columns: [
    { id: "a", label: COMPOUND, description: URL },
    { id: "b", label: ARABIC },
  ],
  rows: [
    { label: URL, description: EMOJI, values: { a: COMPOUND, b: HEBREW } },
    { label: EMOJI, values: { a: [URL, { label: COMPOUND, description: EMOJI }], b: true } },
    { label: HEBREW, values: { a: 1234567.891, b: null } },
  ],
  highlightColumnId: "a",
  animation: "none",
};

/** Stat callouts with the same content in labels and descriptions, and a number far too wide for a big font. */
export const stats: StatCalloutsProps = {
  title: `The ${COMPOUND} in numbers`,
  description: URL,
  stats: [
    { value: 0.5, share: true, label: COMPOUND, description: URL },
    { value: 123456789012, format: { style: "currency", currency: "EUR", currencyDisplay: "name" }, label: ARABIC, description: EMOJI },
    { value: 7, label: HEBREW, description: COMPOUND },
  ],
  animation: "none",
};

/** A bar comparison whose category and series names hold such content. */
export const bars: BarComparisonProps = {
  title: `Hours spent on the ${COMPOUND}`,
  description: `Read more at ${URL}`,
  categories: [
    { id: "a", label: COMPOUND },
    { id: "b", label: URL },
    { id: "c", label: EMOJI },
    { id: "d", label: ARABIC },
  ],
  series: [
    { id: "x", label: HEBREW, values: { a: 12, b: -4, c: null, d: 7 } },
    { id: "y", label: COMPOUND, values: { a: 3, b: 9, c: 5 } },
  ],
  valueFormat: { style: "unit", unit: "hour", unitDisplay: "long" },
};

/** A RACI matrix with the same content in role names, task names and descriptions. */
export const raci: RaciMatrixProps = {
  title: COMPOUND,
  description: URL,
  roles: [
    { id: "a", label: COMPOUND },
    { id: "b", label: ARABIC },
    { id: "c", label: EMOJI },
  ],
  tasks: [
    { label: URL, description: HEBREW, assignments: { a: ["R", "A"], b: "C", c: "I" } },
    { label: EMOJI, description: COMPOUND, assignments: { b: ["R", "A", "I"] } },
  ],
  animation: "none",
};

/** A cycle diagram with the same content in step labels, the centre, the description and the items. */
export const cycle: CycleDiagramProps = {
  title: `The ${COMPOUND} cycle`,
  description: URL,
  centerLabel: HEBREW,
  steps: [
    { id: "one", label: COMPOUND, description: URL },
    { id: "two", label: ARABIC, description: HEBREW, items: [URL, { label: COMPOUND, description: EMOJI }] },
    { id: "three", label: EMOJI, description: COMPOUND },
    { id: "four", label: URL },
  ],
  defaultActiveStepId: "two",
  animation: "none",
};
