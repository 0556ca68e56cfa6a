import { contrastRatio, mixHex, parseHex } from "./contrast";
import { DARK_TOKENS, LIGHT_TOKENS, PALETTE_SIZE, type ThemeTokens } from "./tokens";

/** The colours of one categorical series (a set, a lane, a column), as literal values. */
export interface SeriesColors {
  /** Tint behind text. */
  fill: string;
  /** Outline or mark that carries meaning (3:1 against the background). */
  stroke: string;
  /** Text drawn on the fill (4.5:1). */
  ink: string;
}

/** A theme resolved to literal colours, for drawings that cannot read CSS custom properties (standalone SVG). */
export interface StaticPalette {
  /** The colour scheme the values come from. */
  scheme: "light" | "dark";
  /** Figure background. */
  bg: string;
  /** Raised surfaces: header cells, cards. */
  surface: string;
  /** Body text. */
  text: string;
  /** Secondary text. */
  textMuted: string;
  /** Neutral outlines and rules. */
  border: string;
  /** Links and emphasis. */
  accent: string;
  /** The n-th categorical colour (cycling through the palette), or one derived from an author's `color`. */
  series: (index: number, customColor?: string) => SeriesColors;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Lightens (towards white) or darkens (towards black) `color` until it reaches `ratio` against `against`. */
function towardsContrast(color: string, against: string, ratio: number): string {
  const target = contrastRatio("#ffffff", against) >= contrastRatio("#000000", against) ? "#ffffff" : "#000000";
  for (let step = 0; step <= 20; step++) {
    const candidate = mixHex(target, color, step / 20);
    if (contrastRatio(candidate, against) >= ratio) return candidate;
  }
  return target;
}

/**
 * Colours for an author's own series colour: a tint of it behind text, the colour itself as the mark when it
 * keeps 3:1 against the background (else moved towards the text colour until it does), and text that keeps 4.5:1.
 * Colours other than hex (names, functions) cannot be resolved without a browser; the palette colour is used.
 */
function customSeries(color: string, tokens: ThemeTokens, fallback: SeriesColors): SeriesColors {
  const value = color.trim();
  if (!HEX.test(value)) return fallback;
  const bg = tokens["--ri-bg"]!;
  const text = tokens["--ri-text"]!;
  const fill = mixHex(value, bg, 0.28);
  return { fill, stroke: towardsContrast(value, bg, 3), ink: contrastRatio(text, fill) >= 4.5 ? text : towardsContrast(text, fill, 4.5) };
}

/** The literal palette of a colour scheme, with overrides (`--ri-…` hex values) applied on top. */
export function staticPalette(scheme: "light" | "dark", overrides: Record<string, string | undefined> = {}): StaticPalette {
  const tokens: ThemeTokens = { ...(scheme === "dark" ? DARK_TOKENS : LIGHT_TOKENS) };
  for (const [name, value] of Object.entries(overrides)) {
    if (name.startsWith("--ri-") && typeof value === "string" && HEX.test(value.trim()) && parseHex(value.trim())) tokens[name as `--ri-${string}`] = value.trim();
  }
  const token = (name: `--ri-${string}`) => tokens[name]!;
  const paletteSeries = (index: number): SeriesColors => {
    const n = (index % PALETTE_SIZE) + 1;
    return { fill: token(`--ri-set-${n}-fill`), stroke: token(`--ri-set-${n}-stroke`), ink: token(`--ri-set-${n}-ink`) };
  };
  return {
    scheme,
    bg: token("--ri-bg"),
    surface: token("--ri-surface"),
    text: token("--ri-text"),
    textMuted: token("--ri-text-muted"),
    border: token("--ri-border"),
    accent: token("--ri-accent"),
    series: (index, customColor) => (customColor ? customSeries(customColor, tokens, paletteSeries(index)) : paletteSeries(index)),
  };
}
