import type { ValidationProblem } from "../core/types";
import { fail, checkRecord, add, requiredString, optionalString, optionalBoolean, optionalChoice, optionalColor, checkArray, optionalItems, uniqueIds, formatValue, isRecord, startValidation, type Problems } from "../core/validate";

const ORIENTATIONS = ["auto", "horizontal", "vertical"] as const;

function checkStages(value: unknown, check: Problems): { ids: string[] } {
  if (!checkArray(check, value, "stages", { min: 1 })) return { ids: [] };
  value.forEach((stage, i) => {
    const path = `stages[${i}]`;
    if (!checkRecord(check, stage, path, "must be an object with an id and a label")) return;
    requiredString(check, stage.label, `${path}.label`);
    optionalString(check, stage.description, `${path}.description`);
    optionalString(check, stage.period, `${path}.period`);
    optionalItems(check, stage.items, `${path}.items`);
  });
  const unique = uniqueIds(check, value, "stages");
  // Keep the order of first appearance: spans are checked against positions.
  const ids: string[] = [];
  for (const stage of value) if (isRecord(stage) && typeof stage.id === "string" && unique.has(stage.id) && !ids.includes(stage.id)) ids.push(stage.id);
  return { ids };
}

function checkSpan(span: unknown, path: string, stageIds: readonly string[], check: Problems): void {
  if (!checkRecord(check, span, path, "must be an object with from and to")) return;
  const ends = (["from", "to"] as const).map((key) => {
    const id = span[key];
    if (!requiredString(check, id, `${path}.${key}`)) return -1;
    const index = stageIds.indexOf(id);
    if (index < 0 && stageIds.length > 0) add(check, `${path}.${key}`, `names no stage: ${formatValue(id)}`);
    return index;
  });
  const [from = -1, to = -1] = ends;
  if (from >= 0 && to >= 0 && from > to) add(check, path, `runs backwards: "${String(span.from)}" comes after "${String(span.to)}"`);
  optionalString(check, span.label, `${path}.label`);
}

function checkLanes(value: unknown, stageIds: readonly string[], check: Problems): void {
  if (value === undefined || !checkArray(check, value, "lanes")) return;
  value.forEach((lane, i) => {
    const path = `lanes[${i}]`;
    if (!checkRecord(check, lane, path, "must be an object with an id, a label and spans")) return;
    requiredString(check, lane.label, `${path}.label`);
    optionalColor(check, lane.color, `${path}.color`);
    if (checkArray(check, lane.spans, `${path}.spans`, { min: 1 })) {
      lane.spans.forEach((span, j) => checkSpan(span, `${path}.spans[${j}]`, stageIds, check));
    }
  });
  uniqueIds(check, value, "lanes");
}

function checkStageReference(value: unknown, path: string, stageIds: readonly string[], check: Problems): void {
  if (value === undefined) return;
  if (!requiredString(check, value, path)) return;
  if (stageIds.length > 0 && !stageIds.includes(value)) add(check, path, `names no stage: ${formatValue(value)}`);
}

/**
 * Checks props (or outside content) against the `<LifecycleTimeline>` contract. Returns `[]` when valid, else
 * the problems with their prop paths, for example `lanes[1].spans[0].to: names no stage: "lunch"`.
 */
export function validateLifecycleTimeline(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check;
  const { ids } = checkStages(record.stages, check);
  checkLanes(record.lanes, ids, check);
  optionalChoice(check, record.orientation, "orientation", ORIENTATIONS);
  optionalBoolean(check, record.loop, "loop");
  checkStageReference(record.activeStageId, "activeStageId", ids, check);
  checkStageReference(record.defaultActiveStageId, "defaultActiveStageId", ids, check);
  if (record.onActiveStageChange !== undefined && typeof record.onActiveStageChange !== "function") {
    fail(check, "onActiveStageChange", "must be a function when given", record.onActiveStageChange);
  }
  return check;
}
