import type { ValidationProblem } from "../core/types";
import { describeType, formatValue, isRecord, startValidation, type ProblemCollector } from "../core/validate";

/** Most items a chart takes: more points than this crowd the plot past reading. */
export const MAX_QUADRANT_ITEMS = 20;

const QUADRANT_KEYS = ["topLeft", "topRight", "bottomLeft", "bottomRight"] as const;

function checkAxis(axis: unknown, path: string, check: ProblemCollector): void {
  if (!isRecord(axis)) {
    check.add(path, `must be an object with a label, low and high, got ${describeType(axis)}`);
    return;
  }
  check.requiredString(axis.label, `${path}.label`);
  check.requiredString(axis.low, `${path}.low`);
  check.requiredString(axis.high, `${path}.high`);
}

function checkQuadrants(quadrants: unknown, check: ProblemCollector): void {
  if (quadrants === undefined) return;
  if (!isRecord(quadrants)) {
    check.add("quadrants", `must be an object of names, got ${describeType(quadrants)}`);
    return;
  }
  for (const [key, name] of Object.entries(quadrants)) {
    const path = `quadrants.${key}`;
    if (!(QUADRANT_KEYS as readonly string[]).includes(key)) check.add(path, `names no quadrant; use ${QUADRANT_KEYS.join(", ")}`);
    else if (name !== undefined) check.requiredString(name, path);
  }
}

function checkPosition(value: unknown, path: string, check: ProblemCollector): void {
  if (typeof value !== "number" || !Number.isFinite(value)) check.add(path, `must be a number between 0 and 1, got ${typeof value === "number" ? String(value) : describeType(value)}`);
  else if (value < 0 || value > 1) check.add(path, `must be between 0 and 1, got ${formatValue(value)}`);
}

function checkItem(item: unknown, path: string, check: ProblemCollector): void {
  if (!isRecord(item)) {
    check.add(path, `must be an object with a label, x and y, got ${describeType(item)}`);
    return;
  }
  if (item.id !== undefined) check.requiredString(item.id, `${path}.id`);
  check.requiredString(item.label, `${path}.label`);
  check.optionalString(item.description, `${path}.description`);
  checkPosition(item.x, `${path}.x`, check);
  checkPosition(item.y, `${path}.y`, check);
}

function checkDuplicateIds(items: readonly unknown[], check: ProblemCollector): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isRecord(item) || typeof item.id !== "string" || item.id.trim() === "") return;
    const first = seen.get(item.id);
    if (first !== undefined) check.add(`items[${i}].id`, `duplicate id "${item.id}" (also items[${first}].id)`);
    else seen.set(item.id, i);
  });
}

/**
 * Checks `<QuadrantChart>` props against the contract: both axes with a label and named ends, known quadrant
 * names, 1 to 20 items with non-empty labels, unique ids and x, y between 0 and 1. Returns `[]` when valid.
 */
export function validateQuadrantChart(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check.problems;
  checkAxis(record.xAxis, "xAxis", check);
  checkAxis(record.yAxis, "yAxis", check);
  checkQuadrants(record.quadrants, check);
  if (check.array(record.items, "items", { min: 1, max: MAX_QUADRANT_ITEMS })) {
    record.items.forEach((item, i) => checkItem(item, `items[${i}]`, check));
    checkDuplicateIds(record.items, check);
  }
  return check.problems;
}
