import type { ValidationProblem } from "../core/types";
import { fail, checkRecord, add, requiredString, optionalString, optionalBoolean, checkArray, formatValue, isRecord, startValidation, type Problems } from "../core/validate";
import { checkLocale } from "../core/validate-locale";
import { DEFAULT_LOCALE } from "../core/number-format";

/** Fewest and most stats a callout grid draws. */
export const MIN_STATS = 1;
export const MAX_STATS = 6;

function checkValue(stat: Record<string, unknown>, path: string, check: Problems): void {
  const { value } = stat;
  if (typeof value !== "number") fail(check, `${path}.value`, "must be a number", value);
  else if (!Number.isFinite(value)) add(check, `${path}.value`, `must be a finite number, got ${String(value)}`);
  else if (stat.share === true && (value < 0 || value > 1)) add(check, `${path}.value`, `a share must be between 0 and 1, got ${value}`);
}

function checkFormat(format: unknown, path: string, check: Problems): void {
  if (format === undefined) return;
  if (!checkRecord(check, format, path, "must be an object of Intl.NumberFormat options")) return;
  try {
    new Intl.NumberFormat(DEFAULT_LOCALE, format as Intl.NumberFormatOptions);
  } catch (error) {
    // Intl names the offending option and value ("currency is required with currency style").
    add(check, path, `is not a valid number format: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function checkStat(stat: unknown, path: string, check: Problems): void {
  if (!checkRecord(check, stat, path, "must be an object with a value and a label")) return;
  optionalBoolean(check, stat.share, `${path}.share`);
  checkValue(stat, path, check);
  requiredString(check, stat.label, `${path}.label`);
  optionalString(check, stat.description, `${path}.description`);
  checkFormat(stat.format, `${path}.format`, check);
}

function checkIds(stats: readonly unknown[], check: Problems): void {
  const seen = new Map<string, number>();
  stats.forEach((stat, i) => {
    if (!isRecord(stat) || stat.id === undefined) return;
    const path = `stats[${i}].id`;
    if (typeof stat.id !== "string" || stat.id.trim() === "") fail(check, path, "must be a non-empty string when given", stat.id);
    else if (seen.has(stat.id)) add(check, path, `duplicate id ${formatValue(stat.id)} (also stats[${seen.get(stat.id)}])`);
    else seen.set(stat.id, i);
  });
}

/**
 * Checks `<StatCallouts>` props against the contract: 1 to 6 stats, each a finite number (a share between 0 and 1)
 * with a label, unique ids, a valid locale and number formats. Returns `[]` when they are valid.
 */
export function validateStatCallouts(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check;
  checkLocale(record.locale, check);
  if (checkArray(check, record.stats, "stats", { min: MIN_STATS, max: MAX_STATS })) {
    checkIds(record.stats, check);
    record.stats.forEach((stat, i) => checkStat(stat, `stats[${i}]`, check));
  }
  return check;
}
