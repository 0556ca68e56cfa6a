import type { Rgb } from "./css-color";

/**
 * The colour names of CSS 2.1 (the sixteen HTML colours and orange). Their channels take only five values, so
 * each name is followed by one upper-case letter or digit per channel (0, 8 = 0x80, C = 0xC0, A = 0xA5, F = 0xFF);
 * the case tells where a name ends. The full list of 148 names would cost every figure more than the whole
 * contrast rule; other names are drawn as given, like a custom property.
 */
const NAMED = "black000silverCCCgray888whiteFFFmaroon800redF00purple808fuchsiaF0Fgreen080lime0F0olive880yellowFF0navy008blue00Fteal088aqua0FForangeFA0";
const CHANNEL: Record<string, number> = { 8: 128, C: 192, A: 165, F: 255 };

/** The channels of a CSS 2.1 colour name ("grey" spelt either way), or `undefined`. */
export function namedColor(name: string): Rgb | undefined {
  const key = name.replace("grey", "gray");
  // Anchored on the upper-case channels either side, so that one name never matches the end of another.
  const code = /^[a-z]+$/.test(key) ? new RegExp(`(?:^|[0-9A-F])${key}([0-9A-F]{3})`).exec(NAMED)?.[1] : undefined;
  return code ? ([...code].map((digit) => CHANNEL[digit] ?? 0) as Rgb) : undefined;
}

/** Every colour name in the table, in order (the tests hold them against the browser's own). */
export function namedColorNames(): string[] {
  return NAMED.match(/[a-z]+/g) ?? [];
}
