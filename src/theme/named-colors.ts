/**
 * The colour names of CSS 2.1 (the sixteen HTML colours and orange), each lower-case name followed by its six
 * upper-case hex digits: the case tells where a name ends. The full list of 148 names would add more to every
 * figure's first paint than the whole contrast rule; other names are drawn as given, like a custom property.
 */
const NAMED =
  "black000000silverC0C0C0gray808080whiteFFFFFFmaroon800000redFF0000purple800080fuchsiaFF00FFgreen008000lime00FF00" +
  "olive808000yellowFFFF00navy000080blue0000FFteal008080aqua00FFFForangeFFA500";

/** The hex digits (`RRGGBB`) of a CSS 2.1 colour name ("grey" spelt either way), or `undefined`. */
export function namedColorHex(name: string): string | undefined {
  const key = name.toLowerCase().replace("grey", "gray");
  // Anchored on the upper-case digits either side, so that one name never matches the end of another.
  return /^[a-z]+$/.test(key) ? new RegExp(`(?:^|[0-9A-F])${key}([0-9A-F]{6})`).exec(NAMED)?.[1] : undefined;
}

/** Every colour name in the table, in order (the tests hold them against the browser's own). */
export function namedColorNames(): string[] {
  return NAMED.match(/[a-z]+/g) ?? [];
}
