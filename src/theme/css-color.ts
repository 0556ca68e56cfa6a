import { namedColor } from "./named-colors";

/** A colour as red, green and blue channels from 0 to 255. */
export type Rgb = [number, number, number];

function fromHex(digits: string): Rgb | undefined {
  const full = digits.length < 5 ? digits.replace(/./g, "$&$&") : digits;
  return /^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(full) ? ([0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb) : undefined;
}

/**
 * Reads a CSS colour written as hex, `rgb()`/`rgba()` (comma or space syntax) or a CSS 2.1 colour name, ignoring
 * alpha. `undefined` for anything else: custom properties, `lab()` and the like only a browser can resolve, and
 * `hsl()`, left out because every figure would pay for it in its first paint.
 */
export function parseCssColor(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const fn = /^rgba?\(([^()]*)\)$/.exec(text);
  if (!fn) return text[0] === "#" ? fromHex(text.slice(1)) : namedColor(text);
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean).slice(0, 3);
  const channels = parts.map((part) => Math.min(255, Math.max(0, parseFloat(part) * (part.endsWith("%") ? 2.55 : 1))));
  return parts.length < 3 || channels.some(Number.isNaN) ? undefined : (channels as Rgb);
}

/** Writes channels as `#rrggbb`, rounding each. */
export function rgbToHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
}
