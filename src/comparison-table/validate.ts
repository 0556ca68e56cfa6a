import type { ValidationProblem } from "../core/types";
import { checkLocale } from "../core/validate-locale";
import { describeType, formatValue, isRecord, startValidation, type ProblemCollector } from "../core/validate";

/** Fewest and most columns a comparison table draws. */
export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 6;

function checkValue(value: unknown, path: string, check: ProblemCollector): void {
  if (value === null || value === undefined || typeof value === "boolean") return;
  if (typeof value === "string") {
    if (value.trim() === "") check.add(path, 'must not be an empty string (use null for "not applicable")');
    return;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) check.add(path, `must be a finite number, got ${String(value)}`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) check.add(path, 'must list at least 1 item (use null for "not applicable")');
    value.forEach((item, i) => check.item(item, `${path}[${i}]`));
    return;
  }
  check.add(path, `must be a string, number, boolean, null or a list of items, got ${describeType(value)}`);
}

function checkColumns(columns: unknown, check: ProblemCollector): Set<string> | null {
  if (!check.array(columns, "columns", { min: MIN_COLUMNS, max: MAX_COLUMNS })) return null;
  columns.forEach((column, i) => {
    const path = `columns[${i}]`;
    if (!isRecord(column)) {
      check.add(path, `must be an object with an id and a label, got ${describeType(column)}`);
      return;
    }
    check.requiredString(column.label, `${path}.label`);
    check.optionalString(column.description, `${path}.description`);
    check.optionalColor(column.color, `${path}.color`);
  });
  return check.uniqueIds(columns, "columns");
}

function checkRows(rows: unknown, columnIds: Set<string> | null, check: ProblemCollector): void {
  if (!check.array(rows, "rows", { min: 1 })) return;
  const rowIds = new Set<string>();
  rows.forEach((row, i) => {
    const path = `rows[${i}]`;
    if (!isRecord(row)) {
      check.add(path, `must be an object with a label and values, got ${describeType(row)}`);
      return;
    }
    if (row.id !== undefined) {
      if (check.requiredString(row.id, `${path}.id`)) {
        if (rowIds.has(row.id)) check.add(`${path}.id`, `duplicate id "${row.id}"`);
        rowIds.add(row.id);
      }
    }
    check.requiredString(row.label, `${path}.label`);
    check.optionalString(row.description, `${path}.description`);
    if (!isRecord(row.values)) {
      check.add(`${path}.values`, `must be an object keyed by column id, got ${describeType(row.values)}`);
      return;
    }
    for (const [key, value] of Object.entries(row.values)) {
      const valuePath = `${path}.values.${key}`;
      if (columnIds && !columnIds.has(key)) check.add(valuePath, `unknown column id ${formatValue(key)}`);
      checkValue(value, valuePath, check);
    }
  });
}

/**
 * Checks props for `<ComparisonTable>` against the API contract. Returns `[]` when they are valid, else one
 * problem per fault, each with the prop path (`rows[2].values.pro`) and what is wrong.
 */
export function validateComparisonTable(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check.problems;
  const columnIds = checkColumns(record.columns, check);
  checkRows(record.rows, columnIds, check);
  check.optionalString(record.rowHeaderLabel, "rowHeaderLabel");
  if (check.optionalString(record.highlightColumnId, "highlightColumnId") && typeof record.highlightColumnId === "string") {
    if (columnIds && !columnIds.has(record.highlightColumnId)) {
      check.add("highlightColumnId", `unknown column id ${formatValue(record.highlightColumnId)}`);
    }
  }
  checkLocale(record.locale, check);
  return check.problems;
}
