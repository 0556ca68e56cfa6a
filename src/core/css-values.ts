/**
 * CSS colours accepted from content: hex, a colour name, a colour function or a custom property. Anything else
 * (a `;`, braces, `url(`) is refused: the value lands in a style attribute, and server-rendered HTML keeps
 * whatever follows a `;` as another declaration.
 */
const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]+|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^;{}()"'\\]*\)|var\(--[\w-]+\))$/i;

/** True for a colour value that is safe to put in a style attribute. */
export function isSafeCssColor(value: string): boolean {
  return SAFE_COLOR.test(value.trim());
}

/**
 * True for a theme token value that is safe in a style attribute: lengths, colours, font stacks with quotes and
 * commas, `var()` and colour functions, but no declaration breaks, blocks, escapes or resource loads.
 */
export function isSafeCssValue(value: string): boolean {
  return !/[;{}<>\\]|url\s*\(|image-set|expression\s*\(|@import/i.test(value);
}
