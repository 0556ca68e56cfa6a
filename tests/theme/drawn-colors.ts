import { contrastRatio } from "../../src/theme/contrast";
import { parseCssColor, type Rgb } from "../../src/theme/css-color";

/** Channels of a computed colour: `rgb()` as most are given, or `color(srgb …)` as Chromium gives a `color-mix()`. */
export function computedRgb(value: string): Rgb {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(value);
  const rgb = srgb ? (srgb.slice(1, 4).map((v) => Number(v) * 255) as Rgb) : parseCssColor(value);
  if (!rgb) throw new Error(`cannot read computed colour ${value}`);
  return rgb;
}

/** Contrast between a drawn property of one element and a drawn property of another, as Chromium computed them. */
export function drawnContrast(a: Element, aProperty: "fill" | "stroke" | "color" | "background-color", b: Element, bProperty: "fill" | "stroke" | "color" | "background-color"): number {
  const read = (element: Element, property: string) => computedRgb(getComputedStyle(element).getPropertyValue(property));
  return contrastRatio(read(a, aProperty), read(b, bProperty));
}
