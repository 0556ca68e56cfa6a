import { describeType, formatValue, type ProblemCollector } from "./validate";

/** Checks a `locale` prop that may be left out: a BCP 47 tag that `Intl` accepts. */
export function checkLocale(locale: unknown, check: ProblemCollector, path = "locale"): void {
  if (locale === undefined) return;
  if (typeof locale !== "string") {
    check.add(path, `must be a locale string such as "en-US", got ${describeType(locale)}`);
    return;
  }
  try {
    Intl.NumberFormat.supportedLocalesOf([locale]);
  } catch {
    check.add(path, `must be a valid BCP 47 locale such as "en-US", got ${formatValue(locale)}`);
  }
}
