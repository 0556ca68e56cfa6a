import { describeType, formatValue, type ProblemCollector } from "./validate";

/** Checks an optional BCP 47 locale (`locale`), as `Intl.NumberFormat` would accept it. */
export function checkLocale(locale: unknown, check: ProblemCollector): void {
  if (locale === undefined) return;
  if (typeof locale !== "string") {
    check.add("locale", `must be a locale string such as "en-US", got ${describeType(locale)}`);
    return;
  }
  try {
    Intl.NumberFormat.supportedLocalesOf([locale]);
  } catch {
    check.add("locale", `must be a valid BCP 47 locale such as "en-US", got ${formatValue(locale)}`);
  }
}
