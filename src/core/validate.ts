import { isSafeCssColor, isSafeCssValue } from "./css-values";
import type { ValidationProblem } from "./types";

// Plain functions over a list rather than a class: a bundler drops the checks a kind never calls and shortens
// every name, which matters because each validator ships in every first paint.

/** The problems a validator has found so far, in the order found. */
export type Problems = ValidationProblem[];

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Describes a value's type the way a content author would say it. */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.trim() === "" ? "an empty string" : "a string";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Shows a value in a message, short and safe to print. */
export function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined || value === null || typeof value !== "object") return String(value);
  return describeType(value);
}

/** Records one problem. */
export function add(check: Problems, path: string, message: string): void {
  check.push({ path, message });
}

/** Records `message` followed by what `value` is instead (`…, got a number`); always false. */
export function fail(check: Problems, path: string, message: string, value: unknown): false {
  add(check, path, `${message}, got ${describeType(value)}`);
  return false;
}

/** Checks that a value is a plain object, else records `message` with what it is instead. */
export function checkRecord(check: Problems, value: unknown, path: string, message: string): value is Record<string, unknown> {
  return isRecord(value) || fail(check, path, message, value);
}

/** Checks a required, non-empty string. */
export function requiredString(check: Problems, value: unknown, path: string): value is string {
  return (typeof value === "string" && value.trim() !== "") || fail(check, path, "must be a non-empty string", value);
}

/** Checks a string that may be left out. */
export function optionalString(check: Problems, value: unknown, path: string): boolean {
  return value === undefined || typeof value === "string" || fail(check, path, "must be a string when given", value);
}

/** Checks a boolean that may be left out. */
export function optionalBoolean(check: Problems, value: unknown, path: string): boolean {
  return value === undefined || typeof value === "boolean" || fail(check, path, "must be true or false when given", value);
}

/** Checks a value that may be left out against a fixed set of choices. */
export function optionalChoice(check: Problems, value: unknown, path: string, choices: readonly string[]): void {
  if (value === undefined || (typeof value === "string" && choices.includes(value))) return;
  add(check, path, `must be one of ${choices.map((c) => `"${c}"`).join(", ")}, got ${formatValue(value)}`);
}

/** Checks a CSS colour that may be left out (`#0072b2`, `teal`, `rgb(…)`, `var(--…)`). */
export function optionalColor(check: Problems, value: unknown, path: string): void {
  if (value === undefined || (typeof value === "string" && isSafeCssColor(value))) return;
  add(check, path, `must be a CSS colour such as "#0072b2" or "teal", got ${typeof value === "string" ? formatValue(value) : describeType(value)}`);
}

/** Checks an array and its length; true when it is an array (of any length). */
export function checkArray(check: Problems, value: unknown, path: string, { min = 0, max = Infinity } = {}): value is unknown[] {
  if (!Array.isArray(value)) return fail(check, path, "must be an array", value);
  if (value.length < min || value.length > max) {
    const range = max === Infinity ? `at least ${min}` : min === max ? `exactly ${min}` : `${min} to ${max}`;
    add(check, path, `must have ${range} entries, got ${value.length}`);
  }
  return true;
}

/** Checks one item: a non-empty string or an object with a non-empty `label`. */
export function checkItem(check: Problems, value: unknown, path: string): void {
  if (typeof value === "string") {
    if (value.trim() === "") add(check, path, "must not be an empty string");
  } else if (checkRecord(check, value, path, "must be a string or an object with a label")) {
    requiredString(check, value.label, `${path}.label`);
    optionalString(check, value.description, `${path}.description`);
    optionalString(check, value.href, `${path}.href`);
  }
}

/** Checks an optional list of items. */
export function optionalItems(check: Problems, value: unknown, path: string): void {
  if (value !== undefined && checkArray(check, value, path)) value.forEach((entry, i) => checkItem(check, entry, `${path}[${i}]`));
}

/** Checks that every id is a non-empty string and unique; returns the set of valid ids. */
export function uniqueIds(check: Problems, entries: readonly unknown[], path: string, key = "id"): Set<string> {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (!isRecord(entry)) return;
    const id = entry[key];
    const idPath = `${path}[${i}].${key}`;
    if (!requiredString(check, id, idPath)) return;
    if (seen.has(id)) add(check, idPath, `duplicate id "${id}"`);
    seen.add(id);
  });
  return seen;
}

const THEME_NAMES = ["light", "dark", "auto"];

/** Checks the props every infographic shares (`InfographicProps`). */
export function checkInfographicProps(props: Record<string, unknown>, check: Problems): void {
  requiredString(check, props.title, "title");
  optionalString(check, props.description, "description");
  const { source, theme } = props;
  if (source !== undefined && checkRecord(check, source, "source", "must be an object with a label")) {
    requiredString(check, source.label, "source.label");
    optionalString(check, source.href, "source.href");
  }
  optionalBoolean(check, props.hideTitle, "hideTitle");
  if (isRecord(theme)) {
    for (const [key, value] of Object.entries(theme)) {
      if (key === "base") optionalChoice(check, value, "theme.base", THEME_NAMES);
      else if (!/^--ri-[a-z0-9-]+$/i.test(key)) add(check, `theme.${key}`, 'overrides must be custom properties named "--ri-…"');
      else if (value !== undefined && (typeof value !== "string" || !isSafeCssValue(value)))
        add(check, `theme.${key}`, "must be a plain CSS value (no ';', braces or url())");
    }
  } else optionalChoice(check, theme, "theme", THEME_NAMES);
  optionalChoice(check, props.animation, "animation", ["on-view", "on-mount", "none"]);
  optionalChoice(check, props.dir, "dir", ["ltr", "rtl", "auto"]);
}

/** Starts a validation: checks the shared props when `props` is an object (`props` is null when it is not). */
export function startValidation(props: unknown): { check: Problems; props: Record<string, unknown> | null } {
  const check: Problems = [];
  if (!checkRecord(check, props, "props", "must be an object")) return { check, props: null };
  checkInfographicProps(props, check);
  return { check, props };
}
