import { deriveCustomColor } from "./custom-color";
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

/** The literal palette of a colour scheme, with overrides (`--ri-…` hex values) applied on top. */
export function staticPalette(scheme: "light" | "dark", overrides: Record<string, string | undefined> = {}): StaticPalette {
  const tokens: ThemeTokens = { ...(scheme === "dark" ? DARK_TOKENS : LIGHT_TOKENS) };
  for (const [name, value] of Object.entries(overrides)) {
    if (name.startsWith("--ri-") && typeof value === "string" && HEX.test(value.trim())) tokens[name as `--ri-${string}`] = value.trim();
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
    // The same derivation the components draw with: text keeps 4.5:1 on the fill, marks 3:1 on the background.
    series: (index, customColor) => (customColor ? (deriveCustomColor(customColor, scheme) ?? paletteSeries(index)) : paletteSeries(index)),
  };
}
