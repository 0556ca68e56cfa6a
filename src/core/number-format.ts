/** Locale used for numbers when none is given: fixed, so that server and client format alike. */
export const DEFAULT_LOCALE = "en-US";

/** Formatters made so far, by locale and options: building one is slow (about a millisecond), using one is cheap. */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The number formatter for a locale and options, made once and reused. Content is validated first, so a locale or
 * options Intl refuses only reach here from unchecked callers: they fall back to the default locale's plain format.
 */
export function numberFormat(locale: string | undefined, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options ? JSON.stringify(options) : ""}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale ?? DEFAULT_LOCALE, options);
    } catch {
      format = new Intl.NumberFormat(DEFAULT_LOCALE);
    }
    formatters.set(key, format);
  }
  return format;
}
