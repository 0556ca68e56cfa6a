import type { ValidationProblem } from "../core/types";
import { checkRecord, add, requiredString, optionalString, checkArray, describeType, formatValue, isRecord, startValidation, type Problems } from "../core/validate";

/** Most items a chart takes: more points than this crowd the plot past reading. */
export const MAX_QUADRANT_ITEMS = 20;

const QUADRANT_KEYS = ["topLeft", "topRight", "bottomLeft", "bottomRight"] as const;

function checkAxis(axis: unknown, path: string, check: Problems): void {
  if (!checkRecord(check, axis, path, "must be an object with a label, low and high")) return;
  requiredString(check, axis.label, `${path}.label`);
  requiredString(check, axis.low, `${path}.low`);
  requiredString(check, axis.high, `${path}.high`);
}

function checkQuadrants(quadrants: unknown, check: Problems): void {
  if (quadrants === undefined) return;
  if (!checkRecord(check, quadrants, "quadrants", "must be an object of names")) return;
  for (const [key, name] of Object.entries(quadrants)) {
    const path = `quadrants.${key}`;
    if (!(QUADRANT_KEYS as readonly string[]).includes(key)) add(check, path, `names no quadrant; use ${QUADRANT_KEYS.join(", ")}`);
    else if (name !== undefined) requiredString(check, name, path);
  }
}

function checkPosition(value: unknown, path: string, check: Problems): void {
  if (typeof value !== "number" || !Number.isFinite(value)) add(check, path, `must be a number between 0 and 1, got ${typeof value === "number" ? String(value) : describeType(value)}`);
  else if (value < 0 || value > 1) add(check, path, `must be between 0 and 1, got ${formatValue(value)}`);
}

function checkItem(item: unknown, path: string, check: Problems): void {
  if (!checkRecord(check, item, path, "must be an object with a label, x and y")) return;
  if (item.id !== undefined) requiredString(check, item.id, `${path}.id`);
  requiredString(check, item.label, `${path}.label`);
  optionalString(check, item.description, `${path}.description`);
  checkPosition(item.x, `${path}.x`, check);
  checkPosition(item.y, `${path}.y`, check);
}

function checkDuplicateIds(items: readonly unknown[], check: Problems): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isRecord(item) || typeof item.id !== "string" || item.id.trim() === "") return;
    const first = seen.get(item.id);
    if (first !== undefined) add(check, `items[${i}].id`, `duplicate id "${item.id}" (also items[${first}].id)`);
    else seen.set(item.id, i);
  });
}

/**
 * Checks `<QuadrantChart>` props against the contract: both axes with a label and named ends, known quadrant
 * names, 1 to 20 items with non-empty labels, unique ids and x, y between 0 and 1. Returns `[]` when valid.
 */
export function validateQuadrantChart(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check;
  checkAxis(record.xAxis, "xAxis", check);
  checkAxis(record.yAxis, "yAxis", check);
  checkQuadrants(record.quadrants, check);
  if (checkArray(check, record.items, "items", { min: 1, max: MAX_QUADRANT_ITEMS })) {
    record.items.forEach((item, i) => checkItem(item, `items[${i}]`, check));
    checkDuplicateIds(record.items, check);
  }
  return check;
}
