import { fail, add, formatValue, type Problems } from "./validate";

/** Checks a `locale` prop that may be left out: a BCP 47 tag that `Intl` accepts. */
export function checkLocale(locale: unknown, check: Problems, path = "locale"): void {
  if (locale === undefined) return;
  if (typeof locale !== "string") {
    fail(check, path, 'must be a locale string such as "en-US"', locale);
    return;
  }
  try {
    Intl.NumberFormat.supportedLocalesOf([locale]);
  } catch {
    add(check, path, `must be a valid BCP 47 locale such as "en-US", got ${formatValue(locale)}`);
  }
}
