import type { ValidationProblem } from "../core/types";
import { describeType, formatValue, isRecord, startValidation, type ProblemCollector } from "../core/validate";

const ORIENTATIONS = ["auto", "horizontal", "vertical"] as const;

function checkStages(value: unknown, check: ProblemCollector): { ids: string[] } {
  if (!check.array(value, "stages", { min: 1 })) return { ids: [] };
  value.forEach((stage, i) => {
    const path = `stages[${i}]`;
    if (!isRecord(stage)) {
      check.add(path, `must be an object with an id and a label, got ${describeType(stage)}`);
      return;
    }
    check.requiredString(stage.label, `${path}.label`);
    check.optionalString(stage.description, `${path}.description`);
    check.optionalString(stage.period, `${path}.period`);
    check.optionalItems(stage.items, `${path}.items`);
  });
  const unique = check.uniqueIds(value, "stages");
  // Keep the order of first appearance: spans are checked against positions.
  const ids: string[] = [];
  for (const stage of value) if (isRecord(stage) && typeof stage.id === "string" && unique.has(stage.id) && !ids.includes(stage.id)) ids.push(stage.id);
  return { ids };
}

function checkSpan(span: unknown, path: string, stageIds: readonly string[], check: ProblemCollector): void {
  if (!isRecord(span)) {
    check.add(path, `must be an object with from and to, got ${describeType(span)}`);
    return;
  }
  const ends = (["from", "to"] as const).map((key) => {
    const id = span[key];
    if (!check.requiredString(id, `${path}.${key}`)) return -1;
    const index = stageIds.indexOf(id);
    if (index < 0 && stageIds.length > 0) check.add(`${path}.${key}`, `names no stage: ${formatValue(id)}`);
    return index;
  });
  const [from = -1, to = -1] = ends;
  if (from >= 0 && to >= 0 && from > to) check.add(path, `runs backwards: "${String(span.from)}" comes after "${String(span.to)}"`);
  check.optionalString(span.label, `${path}.label`);
}

function checkLanes(value: unknown, stageIds: readonly string[], check: ProblemCollector): void {
  if (value === undefined || !check.array(value, "lanes")) return;
  value.forEach((lane, i) => {
    const path = `lanes[${i}]`;
    if (!isRecord(lane)) {
      check.add(path, `must be an object with an id, a label and spans, got ${describeType(lane)}`);
      return;
    }
    check.requiredString(lane.label, `${path}.label`);
    check.optionalColor(lane.color, `${path}.color`);
    if (check.array(lane.spans, `${path}.spans`, { min: 1 })) {
      lane.spans.forEach((span, j) => checkSpan(span, `${path}.spans[${j}]`, stageIds, check));
    }
  });
  check.uniqueIds(value, "lanes");
}

function checkStageReference(value: unknown, path: string, stageIds: readonly string[], check: ProblemCollector): void {
  if (value === undefined) return;
  if (!check.requiredString(value, path)) return;
  if (stageIds.length > 0 && !stageIds.includes(value)) check.add(path, `names no stage: ${formatValue(value)}`);
}

/**
 * Checks props (or outside content) against the `<LifecycleTimeline>` contract. Returns `[]` when valid, else
 * the problems with their prop paths, for example `lanes[1].spans[0].to: names no stage: "lunch"`.
 */
export function validateLifecycleTimeline(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check.problems;
  const { ids } = checkStages(record.stages, check);
  checkLanes(record.lanes, ids, check);
  check.optionalChoice(record.orientation, "orientation", ORIENTATIONS);
  check.optionalBoolean(record.loop, "loop");
  checkStageReference(record.activeStageId, "activeStageId", ids, check);
  checkStageReference(record.defaultActiveStageId, "defaultActiveStageId", ids, check);
  if (record.onActiveStageChange !== undefined && typeof record.onActiveStageChange !== "function") {
    check.add("onActiveStageChange", `must be a function when given, got ${describeType(record.onActiveStageChange)}`);
  }
  return check.problems;
}
