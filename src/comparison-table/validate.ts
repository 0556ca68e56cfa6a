import type { ValidationProblem } from "../core/types";
import { checkLocale } from "../core/validate-locale";
import { fail, checkRecord, add, requiredString, optionalString, optionalColor, checkArray, checkItem, uniqueIds, formatValue, startValidation, type Problems } from "../core/validate";

/** Fewest and most columns a comparison table draws. */
export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 6;

function checkValue(value: unknown, path: string, check: Problems): void {
  if (value === null || value === undefined || typeof value === "boolean") return;
  if (typeof value === "string") {
    if (value.trim() === "") add(check, path, 'must not be an empty string (use null for "not applicable")');
    return;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) add(check, path, `must be a finite number, got ${String(value)}`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) add(check, path, 'must list at least 1 item (use null for "not applicable")');
    value.forEach((item, i) => checkItem(check, item, `${path}[${i}]`));
    return;
  }
  fail(check, path, "must be a string, number, boolean, null or a list of items", value);
}

function checkColumns(columns: unknown, check: Problems): Set<string> | null {
  if (!checkArray(check, columns, "columns", { min: MIN_COLUMNS, max: MAX_COLUMNS })) return null;
  columns.forEach((column, i) => {
    const path = `columns[${i}]`;
    if (!checkRecord(check, column, path, "must be an object with an id and a label")) return;
    requiredString(check, column.label, `${path}.label`);
    optionalString(check, column.description, `${path}.description`);
    optionalColor(check, column.color, `${path}.color`);
  });
  return uniqueIds(check, columns, "columns");
}

function checkRows(rows: unknown, columnIds: Set<string> | null, check: Problems): void {
  if (!checkArray(check, rows, "rows", { min: 1 })) return;
  const rowIds = new Set<string>();
  rows.forEach((row, i) => {
    const path = `rows[${i}]`;
    if (!checkRecord(check, row, path, "must be an object with a label and values")) return;
    if (row.id !== undefined) {
      if (requiredString(check, row.id, `${path}.id`)) {
        if (rowIds.has(row.id)) add(check, `${path}.id`, `duplicate id "${row.id}"`);
        rowIds.add(row.id);
      }
    }
    requiredString(check, row.label, `${path}.label`);
    optionalString(check, row.description, `${path}.description`);
    if (!checkRecord(check, row.values, `${path}.values`, "must be an object keyed by column id")) return;
    for (const [key, value] of Object.entries(row.values)) {
      const valuePath = `${path}.values.${key}`;
      if (columnIds && !columnIds.has(key)) add(check, valuePath, `unknown column id ${formatValue(key)}`);
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
  if (!record) return check;
  const columnIds = checkColumns(record.columns, check);
  checkRows(record.rows, columnIds, check);
  optionalString(check, record.rowHeaderLabel, "rowHeaderLabel");
  if (optionalString(check, record.highlightColumnId, "highlightColumnId") && typeof record.highlightColumnId === "string") {
    if (columnIds && !columnIds.has(record.highlightColumnId)) {
      add(check, "highlightColumnId", `unknown column id ${formatValue(record.highlightColumnId)}`);
    }
  }
  checkLocale(record.locale, check);
  return check;
}
