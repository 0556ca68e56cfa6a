import { namedColorHex } from "./named-colors";

/** A colour as red, green and blue channels from 0 to 255. */
export type Rgb = [number, number, number];

function fromHex(digits: string): Rgb | undefined {
  const full = digits.length < 5 ? digits.replace(/./g, "$&$&") : digits;
  return /^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(full) ? ([0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb) : undefined;
}

/** Converts a hue in degrees, saturation and lightness (0 to 1) to channels, as CSS `hsl()` does. */
function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  return [0, 8, 4].map((n) => {
    const k = (n + h / 30) % 12;
    return 255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  }) as Rgb;
}

/**
 * Reads a CSS colour written as hex, `rgb()`/`rgba()`, `hsl()`/`hsla()` (comma or space syntax) or a colour name,
 * ignoring alpha. `undefined` for anything else (a custom property, `lab()`, `transparent`): only a browser can
 * resolve those.
 */
export function parseCssColor(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const fn = /^(rgb|hsl)a?\(([^()]*)\)$/.exec(text);
  if (!fn) return text[0] === "#" ? fromHex(text.slice(1)) : fromHex(namedColorHex(text) ?? "-");
  const parts = fn[2]!.split(/[\s,/]+/).filter(Boolean).slice(0, 3);
  const numbers = parts.map(parseFloat);
  if (parts.length < 3 || numbers.some(Number.isNaN)) return undefined;
  const clamp = (n: number, max: number) => Math.min(max, Math.max(0, n));
  if (fn[1] === "rgb") return parts.map((part, i) => clamp(part.endsWith("%") ? numbers[i]! * 2.55 : numbers[i]!, 255)) as Rgb;
  const turns = { turn: 360, rad: 180 / Math.PI, grad: 0.9 }[parts[0]!.replace(/[-+\d.e]/g, "")] ?? 1;
  return hslToRgb((((numbers[0]! * turns) % 360) + 360) % 360, clamp(numbers[1]! / 100, 1), clamp(numbers[2]! / 100, 1));
}

/** Writes channels as `#rrggbb`, rounding each. */
export function rgbToHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
}
