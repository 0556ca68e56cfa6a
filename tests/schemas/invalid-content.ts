import { KIND_EXAMPLES } from "../kinds/examples";

/** Content that breaks one rule. `beyondSchema` names the rule, as the schema's description words it, when JSON Schema cannot say it. */
export interface InvalidContent {
  kind: string;
  what: string;
  props: Record<string, unknown>;
  beyondSchema?: string;
}

const venn = KIND_EXAMPLES["venn-diagram"]!;
const timeline = KIND_EXAMPLES["lifecycle-timeline"]!;
const table = KIND_EXAMPLES["comparison-table"]!;
const quadrant = KIND_EXAMPLES["quadrant-chart"]!;
const points = quadrant.items as Record<string, unknown>[];
const stats = KIND_EXAMPLES["stat-callouts"]!;
const statList = stats.stats as Record<string, unknown>[];
const cycle = KIND_EXAMPLES["cycle-diagram"]!;
const steps = cycle.steps as Record<string, unknown>[];
const sets = venn.sets as Record<string, unknown>[];
const stages = timeline.stages as Record<string, unknown>[];
const columns = table.columns as Record<string, unknown>[];
const rows = table.rows as Record<string, unknown>[];
const bars = KIND_EXAMPLES["bar-comparison"]!;
const series = bars.series as Record<string, unknown>[];
const raci = KIND_EXAMPLES["raci-matrix"]!;
const roles = raci.roles as Record<string, unknown>[];
const tasks = raci.tasks as Record<string, unknown>[];

/** One invalid variant of each reference content per rule, for every kind. */
export const INVALID_CONTENT: InvalidContent[] = [
  { kind: "venn-diagram", what: "one set", props: { ...venn, sets: sets.slice(0, 1), overlaps: [] } },
  { kind: "venn-diagram", what: "a set without a label", props: { ...venn, sets: [sets[0], { id: "x" }], overlaps: [] } },
  { kind: "venn-diagram", what: "an item that is a number", props: { ...venn, sets: [{ ...sets[0], items: [42] }, sets[1]] } },
  { kind: "venn-diagram", what: "an unknown theme", props: { ...venn, theme: "sepia" } },
  { kind: "venn-diagram", what: "no title", props: { ...venn, title: undefined } },
  { kind: "venn-diagram", what: "a blank title", props: { ...venn, title: "  " }, beyondSchema: "required text is not blank" },
  { kind: "venn-diagram", what: "two sets with one id", props: { ...venn, sets: [sets[0], { ...sets[1], id: sets[0]!.id }], overlaps: [] }, beyondSchema: "ids are unique" },
  { kind: "venn-diagram", what: "an overlap naming no set", props: { ...venn, overlaps: [{ sets: [sets[0]!.id, "nobody"] }] }, beyondSchema: "names an entry that exists" },
  { kind: "venn-diagram", what: "a colour with a url", props: { ...venn, sets: [{ ...sets[0], color: "url(#x)" }, sets[1]] }, beyondSchema: "colours are plain CSS colours" },
  { kind: "lifecycle-timeline", what: "no stages", props: { ...timeline, stages: [], lanes: [], activeStageId: undefined, defaultActiveStageId: undefined } },
  { kind: "lifecycle-timeline", what: "a diagonal orientation", props: { ...timeline, orientation: "diagonal" } },
  { kind: "lifecycle-timeline", what: "loop as text", props: { ...timeline, loop: "yes" } },
  { kind: "lifecycle-timeline", what: "a lane without spans", props: { ...timeline, lanes: [{ id: "x", label: "X", spans: [] }] } },
  { kind: "lifecycle-timeline", what: "a span to no stage", props: { ...timeline, lanes: [{ id: "x", label: "X", spans: [{ from: stages[0]!.id, to: "later" }] }] }, beyondSchema: "names an entry that exists" },
  { kind: "lifecycle-timeline", what: "a span that runs backwards", props: { ...timeline, lanes: [{ id: "x", label: "X", spans: [{ from: stages[1]!.id, to: stages[0]!.id }] }] }, beyondSchema: "a span does not run backwards" },
  { kind: "comparison-table", what: "one column", props: { ...table, columns: columns.slice(0, 1), highlightColumnId: undefined, rows: [{ label: "A", values: {} }] } },
  { kind: "comparison-table", what: "values as a list", props: { ...table, rows: [{ label: "A", values: ["yes"] }] } },
  { kind: "comparison-table", what: "a value that is an object", props: { ...table, rows: [{ label: "A", values: { [columns[0]!.id as string]: { yes: true } } }] } },
  { kind: "comparison-table", what: "a value for no column", props: { ...table, rows: [...rows, { label: "A", values: { nobody: "x" } }] }, beyondSchema: "names an entry that exists" },
  { kind: "stat-callouts", what: "no stats", props: { ...stats, stats: [] } },
  { kind: "stat-callouts", what: "seven stats", props: { ...stats, stats: [...statList, ...statList, statList[0]].map((stat, i) => ({ ...stat, id: `s${i}` })) } },
  { kind: "stat-callouts", what: "a value that is a string", props: { ...stats, stats: [{ ...statList[1], value: "14" }] } },
  { kind: "stat-callouts", what: "a stat without a label", props: { ...stats, stats: [{ value: 3 }] } },
  { kind: "stat-callouts", what: "a share over 1", props: { ...stats, stats: [{ ...statList[0], value: 1.2 }] }, beyondSchema: "a share is a number from 0 to 1" },
  { kind: "stat-callouts", what: "a currency format without a currency", props: { ...stats, stats: [{ ...statList[1], format: { style: "currency" } }] }, beyondSchema: "a number format one that Intl accepts" },
  { kind: "stat-callouts", what: "two stats with one id", props: { ...stats, stats: [statList[0], { ...statList[1], id: statList[0]!.id }] }, beyondSchema: "ids are unique" },
  { kind: "stat-callouts", what: "a locale that is not one", props: { ...stats, locale: "not a locale!" }, beyondSchema: "a locale is a valid BCP 47 tag" },
  { kind: "cycle-diagram", what: "one step", props: { ...cycle, steps: steps.slice(0, 1), defaultActiveStepId: undefined } },
  { kind: "cycle-diagram", what: "nine steps", props: { ...cycle, steps: Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, label: `Step ${i}` })), defaultActiveStepId: undefined } },
  { kind: "cycle-diagram", what: "a step without a label", props: { ...cycle, steps: [...steps.slice(1), { id: "x" }] } },
  { kind: "cycle-diagram", what: "a centre label that is a number", props: { ...cycle, centerLabel: 7 } },
  { kind: "cycle-diagram", what: "two steps with one id", props: { ...cycle, steps: [...steps, { ...steps[1], label: "Again" }] }, beyondSchema: "ids are unique" },
  { kind: "cycle-diagram", what: "an active step that is none", props: { ...cycle, defaultActiveStepId: "nowhere" }, beyondSchema: "names an entry that exists" },
  { kind: "comparison-table", what: "a locale that is not one", props: { ...table, locale: "not a locale!" }, beyondSchema: "a locale is a valid BCP 47 tag" },
  { kind: "quadrant-chart", what: "no items", props: { ...quadrant, items: [] } },
  { kind: "quadrant-chart", what: "a position past 1", props: { ...quadrant, items: [...points.slice(0, 3), { ...points[3], x: 1.2 }] } },
  { kind: "quadrant-chart", what: "an axis without its high end", props: { ...quadrant, yAxis: { label: "Impact", low: "Low" } } },
  { kind: "quadrant-chart", what: "a name for no quadrant", props: { ...quadrant, quadrants: { centre: "Middle" } } },
  { kind: "quadrant-chart", what: "a blank item label", props: { ...quadrant, items: [{ ...points[0], label: " " }] }, beyondSchema: "required text is not blank" },
  { kind: "quadrant-chart", what: "two items with one id", props: { ...quadrant, items: [points[0], { ...points[1], id: points[0]!.id }] }, beyondSchema: "ids are unique" },
  { kind: "bar-comparison", what: "no categories", props: { ...bars, categories: [], series: [{ ...series[0], values: {} }] } },
  { kind: "bar-comparison", what: "five series", props: { ...bars, series: [0, 1, 2, 3, 4].map((i) => ({ id: `s${i}`, label: `S${i}`, values: {} })) } },
  { kind: "bar-comparison", what: "a value as text", props: { ...bars, series: [{ ...series[0], values: { junior: "lots" } }] } },
  { kind: "bar-comparison", what: "a value for no category", props: { ...bars, series: [{ ...series[0], values: { nobody: 1 } }] }, beyondSchema: "names an entry that exists" },
  { kind: "bar-comparison", what: "a domain without zero", props: { ...bars, domain: [50000, 200000] }, beyondSchema: "holds zero and every value" },
  { kind: "bar-comparison", what: "a currency format without a currency", props: { ...bars, valueFormat: { style: "currency" } }, beyondSchema: "a number format one that Intl accepts" },
  { kind: "raci-matrix", what: "one role", props: { ...raci, roles: roles.slice(0, 1), tasks: [{ label: "A", assignments: {} }] } },
  { kind: "raci-matrix", what: "an unknown code", props: { ...raci, tasks: [{ label: "A", assignments: { [roles[0]!.id as string]: "X" } }] } },
  { kind: "raci-matrix", what: "assignments as a list", props: { ...raci, tasks: [{ label: "A", assignments: ["R"] }] } },
  { kind: "raci-matrix", what: "an assignment for no role", props: { ...raci, tasks: [...tasks, { label: "A", assignments: { nobody: "R" } }] }, beyondSchema: "names an entry that exists" },
  { kind: "raci-matrix", what: "two accountable roles", props: { ...raci, tasks: [{ label: "A", assignments: { [roles[0]!.id as string]: "A", [roles[1]!.id as string]: ["R", "A"] } }] }, beyondSchema: "at most one accountable role" },
];
