/** Locale used for numbers when none is given: fixed, so that server and client format alike. */
export const DEFAULT_LOCALE = "en-US";

/** Formatters made so far, by locale and options: building one is slow (about a millisecond), using one is cheap. */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The number formatter for a locale and options, made once and reused. An unknown locale falls back to the default
 * locale; options Intl refuses fall back to Intl's defaults, so a bad format never breaks the page.
 */
export function numberFormat(locale: string | undefined, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ""}|${options ? JSON.stringify(options) : ""}`;
  let format = formatters.get(key);
  if (!format) {
    format = makeFormat(locale ?? DEFAULT_LOCALE, options) ?? makeFormat(DEFAULT_LOCALE, options) ?? new Intl.NumberFormat(DEFAULT_LOCALE);
    formatters.set(key, format);
  }
  return format;
}

function makeFormat(locale: string, options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat | undefined {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return undefined;
  }
}
