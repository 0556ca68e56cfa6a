import { parseCssColor, type Rgb } from "./css-color";

/** Parses `#rgb` or `#rrggbb` into 0-255 channels. */
export function parseHex(hex: string): Rgb {
  const digits = hex.replace("#", "");
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

/** WCAG relative luminance of a CSS colour (hex, `rgb()`, …) or of 0-255 channels. */
export function relativeLuminance(color: string | Rgb): number {
  const [r, g, b] = (typeof color === "string" ? parseCssColor(color)! : color).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours (hex or channels), from 1 to 21. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Mixes two hex colours in sRGB, as CSS `color-mix(in srgb, a p%, b)` does. */
export function mixHex(a: string, b: string, weightOfA = 0.5): string {
  const [ca, cb] = [parseHex(a), parseHex(b)];
  return `#${ca.map((v, i) => Math.round(v * weightOfA + cb[i]! * (1 - weightOfA)).toString(16).padStart(2, "0")).join("")}`;
}
