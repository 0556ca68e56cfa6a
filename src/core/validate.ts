import { isSafeCssColor, isSafeCssValue } from "./css-values";
import type { ValidationProblem } from "./types";

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

/** Collects problems as a validator walks the props. */
export class ProblemCollector {
  /** The problems found so far, in the order found. */
  readonly problems: ValidationProblem[] = [];

  /** Records one problem. */
  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Checks a required, non-empty string. */
  requiredString(value: unknown, path: string): value is string {
    if (typeof value === "string" && value.trim() !== "") return true;
    this.add(path, `must be a non-empty string, got ${describeType(value)}`);
    return false;
  }

  /** Checks a string that may be left out. */
  optionalString(value: unknown, path: string): boolean {
    if (value === undefined || typeof value === "string") return true;
    this.add(path, `must be a string when given, got ${describeType(value)}`);
    return false;
  }

  /** Checks a boolean that may be left out. */
  optionalBoolean(value: unknown, path: string): boolean {
    if (value === undefined || typeof value === "boolean") return true;
    this.add(path, `must be true or false when given, got ${describeType(value)}`);
    return false;
  }

  /** Checks a value that may be left out against a fixed set of choices. */
  optionalChoice(value: unknown, path: string, choices: readonly string[]): boolean {
    if (value === undefined || (typeof value === "string" && choices.includes(value))) return true;
    this.add(path, `must be one of ${choices.map((c) => `"${c}"`).join(", ")}, got ${formatValue(value)}`);
    return false;
  }

  /** Checks a CSS colour that may be left out (`#0072b2`, `teal`, `rgb(…)`, `var(--…)`). */
  optionalColor(value: unknown, path: string): void {
    if (value === undefined || (typeof value === "string" && isSafeCssColor(value))) return;
    this.add(path, `must be a CSS colour such as "#0072b2" or "teal", got ${typeof value === "string" ? formatValue(value) : describeType(value)}`);
  }

  /** Checks an array and its length; returns it when it is one. */
  array(value: unknown, path: string, { min = 0, max = Infinity } = {}): value is unknown[] {
    if (!Array.isArray(value)) {
      this.add(path, `must be an array, got ${describeType(value)}`);
      return false;
    }
    if (value.length < min || value.length > max) {
      const range = max === Infinity ? `at least ${min}` : min === max ? `exactly ${min}` : `${min} to ${max}`;
      this.add(path, `must have ${range} entries, got ${value.length}`);
    }
    return true;
  }

  /** Checks one item: a non-empty string or an object with a non-empty `label`. */
  item(value: unknown, path: string): void {
    if (typeof value === "string") {
      if (value.trim() === "") this.add(path, "must not be an empty string");
      return;
    }
    if (!isRecord(value)) {
      this.add(path, `must be a string or an object with a label, got ${describeType(value)}`);
      return;
    }
    this.requiredString(value.label, `${path}.label`);
    this.optionalString(value.description, `${path}.description`);
    this.optionalString(value.href, `${path}.href`);
  }

  /** Checks an optional list of items. */
  optionalItems(value: unknown, path: string): void {
    if (value === undefined) return;
    if (this.array(value, path)) value.forEach((item, i) => this.item(item, `${path}[${i}]`));
  }

  /** Checks that every id is a non-empty string and unique; returns the set of valid ids. */
  uniqueIds(entries: readonly unknown[], path: string, key = "id"): Set<string> {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      if (!isRecord(entry)) return;
      const id = entry[key];
      const idPath = `${path}[${i}].${key}`;
      if (!this.requiredString(id, idPath)) return;
      if (seen.has(id)) this.add(idPath, `duplicate id "${id}"`);
      seen.add(id);
    });
    return seen;
  }
}

/** Shows a value in a message, short and safe to print. */
export function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined || value === null || typeof value !== "object") return String(value);
  return describeType(value);
}

const THEME_NAMES = ["light", "dark", "auto"] as const;

/** Checks the props every infographic shares (`InfographicProps`). */
export function checkInfographicProps(props: Record<string, unknown>, check: ProblemCollector): void {
  check.requiredString(props.title, "title");
  check.optionalString(props.description, "description");
  if (props.source !== undefined) {
    if (isRecord(props.source)) {
      check.requiredString(props.source.label, "source.label");
      check.optionalString(props.source.href, "source.href");
    } else check.add("source", `must be an object with a label, got ${describeType(props.source)}`);
  }
  check.optionalBoolean(props.hideTitle, "hideTitle");
  if (isRecord(props.theme)) {
    for (const [key, value] of Object.entries(props.theme)) {
      if (key === "base") check.optionalChoice(value, "theme.base", THEME_NAMES);
      else if (!/^--ri-[a-z0-9-]+$/i.test(key)) check.add(`theme.${key}`, 'overrides must be custom properties named "--ri-…"');
      else if (value !== undefined && (typeof value !== "string" || !isSafeCssValue(value)))
        check.add(`theme.${key}`, "must be a plain CSS value (no ';', braces or url())");
    }
  } else check.optionalChoice(props.theme, "theme", THEME_NAMES);
  check.optionalChoice(props.animation, "animation", ["on-view", "on-mount", "none"]);
  check.optionalChoice(props.dir, "dir", ["ltr", "rtl", "auto"]);
}

/** Starts a validation: checks the shared props when `props` is an object. */
export function startValidation(props: unknown): { check: ProblemCollector; props: Record<string, unknown> | null } {
  const check = new ProblemCollector();
  if (!isRecord(props)) {
    check.add("props", `must be an object, got ${describeType(props)}`);
    return { check, props: null };
  }
  checkInfographicProps(props, check);
  return { check, props };
}
