import type { ValidationProblem } from "../core/types";
import { fail, checkRecord, add, requiredString, optionalBoolean, optionalColor, checkArray, uniqueIds, describeType, formatValue, isRecord, startValidation, type Problems } from "../core/validate";
import { checkLocale } from "../core/validate-locale";

/** Fewest and most groups, and fewest and most bars per group. */
const CATEGORIES = { min: 1, max: 12 };
const SERIES = { min: 1, max: 4 };

function checkCategories(categories: unknown, check: Problems): Set<string> | undefined {
  if (!checkArray(check, categories, "categories", CATEGORIES)) return undefined;
  const ids = uniqueIds(check, categories, "categories");
  categories.forEach((category, i) => {
    if (isRecord(category)) requiredString(check, category.label, `categories[${i}].label`);
    else fail(check, `categories[${i}]`, "must be an object with an id and a label", category);
  });
  return ids;
}

/** Every finite value found, with its path, for the domain check. */
type Found = { path: string; value: number }[];

function checkValues(values: unknown, path: string, categoryIds: Set<string> | undefined, check: Problems, found: Found): void {
  if (!checkRecord(check, values, path, "must be an object of numbers by category id")) return;
  for (const [key, value] of Object.entries(values)) {
    const valuePath = `${path}.${key}`;
    if (categoryIds && !categoryIds.has(key)) add(check, valuePath, `names no category: unknown id ${formatValue(key)}`);
    if (value === null) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) add(check, valuePath, `must be a finite number or null, got ${typeof value === "number" ? String(value) : describeType(value)}`);
    else found.push({ path: valuePath, value });
  }
}

function checkSeries(series: unknown, categoryIds: Set<string> | undefined, check: Problems, found: Found): void {
  if (!checkArray(check, series, "series", SERIES)) return;
  uniqueIds(check, series, "series");
  series.forEach((entry, i) => {
    const path = `series[${i}]`;
    if (!checkRecord(check, entry, path, "must be an object with an id, a label and values")) return;
    requiredString(check, entry.label, `${path}.label`);
    optionalColor(check, entry.color, `${path}.color`);
    checkValues(entry.values, `${path}.values`, categoryIds, check, found);
  });
}

function checkDomain(domain: unknown, found: Found, check: Problems): void {
  if (domain === undefined) return;
  if (!Array.isArray(domain) || domain.length !== 2 || !domain.every((d) => typeof d === "number" && Number.isFinite(d))) {
    add(check, "domain", `must be two finite numbers [min, max], got ${Array.isArray(domain) ? `${domain.length} entries` : describeType(domain)}`);
    return;
  }
  const [min, max] = domain as [number, number];
  if (!(min < max)) add(check, "domain", `min must be less than max, got [${min}, ${max}]`);
  else if (min > 0 || max < 0) add(check, "domain", `must include 0, where every bar starts; got [${min}, ${max}]`);
  else {
    const outside = found.find(({ value }) => value < min || value > max);
    if (outside) add(check, "domain", `must include every value: ${outside.path} is ${outside.value}, outside [${min}, ${max}]`);
  }
}

function checkValueFormat(format: unknown, locale: unknown, check: Problems): void {
  if (format === undefined) return;
  if (!checkRecord(check, format, "valueFormat", "must be an object of Intl.NumberFormat options")) return;
  try {
    new Intl.NumberFormat(typeof locale === "string" ? locale : "en-US", format);
  } catch (error) {
    add(check, "valueFormat", `is not a number format Intl accepts: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Checks `<BarComparison>` props against the contract: 1 to 12 categories and 1 to 4 series with unique ids and
 * labels, values that are finite numbers or null keyed by known category ids, a domain `[min, max]` that holds
 * zero and every value, a valid locale and number format. Returns `[]` when valid.
 */
export function validateBarComparison(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check;
  const categoryIds = checkCategories(record.categories, check);
  const found: Found = [];
  checkSeries(record.series, categoryIds, check, found);
  checkLocale(record.locale, check);
  if (check.every((p) => p.path !== "locale")) checkValueFormat(record.valueFormat, record.locale, check);
  checkDomain(record.domain, found, check);
  optionalBoolean(check, record.showValues, "showValues");
  return check;
}
