import { contrastRatio } from "./contrast";
import { parseCssColor, rgbToHex, type Rgb } from "./css-color";
import { DARK_TOKENS, LIGHT_TOKENS } from "./tokens";

/** A colour scheme of the figure. */
export type ColorScheme = "light" | "dark";

/** The colours drawn for one custom colour in one scheme, as literal `#rrggbb` values. */
export interface DerivedColor {
  /** Tint behind text: a light tint (light scheme) or a deep tone (dark scheme) of the colour. */
  fill: string;
  /** Outlines, bars, discs and other marks: the colour itself, or the nearest shade of its hue that stands out. */
  stroke: string;
  /** Text drawn on the fill: the scheme's body text colour. */
  ink: string;
}

/** Share of the colour in its fill, the rest being the background: the palette's tints are about this strong. */
const TINT = 0.28;

/** Moves each channel a share `t` of the way to `target`; hue stays, since every channel difference scales alike. */
const mix = (color: Rgb, target: Rgb, t: number) => color.map((v, i) => Math.round(v + (target[i]! - v) * t)) as Rgb;

/** The first of `color` mixed 0%, 1%, 2%, … towards `target` that passes `ok` (the target itself if none does). */
function nearestPassing(color: Rgb, target: Rgb, ok: (candidate: Rgb) => boolean): Rgb {
  for (let step = 0; step < 100; step++) {
    const candidate = mix(color, target, step / 100);
    if (ok(candidate)) return candidate;
  }
  return target;
}

/**
 * Derives what to draw for an author's colour in a scheme so that it keeps its contrast: text on the fill reaches
 * 4.5:1, and the stroke 3:1 against the background, the surface and the fill. The hue stays; only lightness moves
 * (towards black in the light scheme, white in the dark one), and only as far as needed. Pure, React-free and
 * literal, for static renderers too. `undefined` for a colour only a browser can resolve (`var()`, `lab()`).
 */
export function deriveCustomColor(color: string, scheme: ColorScheme): DerivedColor | undefined {
  const rgb = parseCssColor(color)?.map(Math.round) as Rgb | undefined;
  if (!rgb) return undefined;
  const tokens = scheme === "light" ? LIGHT_TOKENS : DARK_TOKENS;
  const [bg, surface, text] = ["--ri-bg", "--ri-surface", "--ri-text"].map((name) => parseCssColor(tokens[name as "--ri-bg"]!)) as [Rgb, Rgb, Rgb];
  const fill = nearestPassing(mix(bg, rgb, TINT), bg, (candidate) => contrastRatio(text, candidate) >= 4.5);
  const extreme: Rgb = scheme === "light" ? [0, 0, 0] : [255, 255, 255];
  const stroke = nearestPassing(rgb, extreme, (candidate) => [bg, surface, fill].every((under) => contrastRatio(candidate, under) >= 3));
  return { fill: rgbToHex(fill), stroke: rgbToHex(stroke), ink: rgbToHex(text) };
}
