import type { ValidationProblem } from "../core/types";
import { describeType, formatValue, isRecord, startValidation, type ProblemCollector } from "../core/validate";

/** Fewest and most steps a cycle may have. */
export const STEP_RANGE = { min: 2, max: 8 } as const;

function checkSteps(value: unknown, check: ProblemCollector): Set<string> {
  if (!check.array(value, "steps", STEP_RANGE)) return new Set();
  value.forEach((step, i) => {
    const path = `steps[${i}]`;
    if (!isRecord(step)) {
      check.add(path, `must be an object with an id and a label, got ${describeType(step)}`);
      return;
    }
    check.requiredString(step.label, `${path}.label`);
    check.optionalString(step.description, `${path}.description`);
    check.optionalItems(step.items, `${path}.items`);
  });
  return check.uniqueIds(value, "steps");
}

function checkStepReference(value: unknown, path: string, ids: ReadonlySet<string>, check: ProblemCollector): void {
  if (value === undefined || !check.requiredString(value, path)) return;
  if (ids.size > 0 && !ids.has(value)) check.add(path, `names no step: ${formatValue(value)}`);
}

/**
 * Checks props (or outside content) against the `<CycleDiagram>` contract. Returns `[]` when valid, else the
 * problems with their prop paths, for example `activeStepId: names no step: "ship"`.
 */
export function validateCycleDiagram(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check.problems;
  const ids = checkSteps(record.steps, check);
  check.optionalString(record.centerLabel, "centerLabel");
  checkStepReference(record.activeStepId, "activeStepId", ids, check);
  checkStepReference(record.defaultActiveStepId, "defaultActiveStepId", ids, check);
  if (record.onActiveStepChange !== undefined && typeof record.onActiveStepChange !== "function") {
    check.add("onActiveStepChange", `must be a function when given, got ${describeType(record.onActiveStepChange)}`);
  }
  return check.problems;
}
