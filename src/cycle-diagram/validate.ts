import type { ValidationProblem } from "../core/types";
import { fail, checkRecord, add, requiredString, optionalString, checkArray, optionalItems, uniqueIds, formatValue, startValidation, type Problems } from "../core/validate";

/** Fewest and most steps a cycle may have. */
export const STEP_RANGE = { min: 2, max: 8 } as const;

function checkSteps(value: unknown, check: Problems): Set<string> {
  if (!checkArray(check, value, "steps", STEP_RANGE)) return new Set();
  value.forEach((step, i) => {
    const path = `steps[${i}]`;
    if (!checkRecord(check, step, path, "must be an object with an id and a label")) return;
    requiredString(check, step.label, `${path}.label`);
    optionalString(check, step.description, `${path}.description`);
    optionalItems(check, step.items, `${path}.items`);
  });
  return uniqueIds(check, value, "steps");
}

function checkStepReference(value: unknown, path: string, ids: ReadonlySet<string>, check: Problems): void {
  if (value === undefined || !requiredString(check, value, path)) return;
  if (ids.size > 0 && !ids.has(value)) add(check, path, `names no step: ${formatValue(value)}`);
}

/**
 * Checks props (or outside content) against the `<CycleDiagram>` contract. Returns `[]` when valid, else the
 * problems with their prop paths, for example `activeStepId: names no step: "ship"`.
 */
export function validateCycleDiagram(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check;
  const ids = checkSteps(record.steps, check);
  optionalString(check, record.centerLabel, "centerLabel");
  checkStepReference(record.activeStepId, "activeStepId", ids, check);
  checkStepReference(record.defaultActiveStepId, "defaultActiveStepId", ids, check);
  if (record.onActiveStepChange !== undefined && typeof record.onActiveStepChange !== "function") {
    fail(check, "onActiveStepChange", "must be a function when given", record.onActiveStepChange);
  }
  return check;
}
