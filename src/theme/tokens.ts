/** A colour scheme's values for every design token, keyed by custom property. */
export type ThemeTokens = Record<`--ri-${string}`, string>;

/** Okabe-Ito hues, tuned per theme: pale fills under dark text (light), deep fills under light text (dark). */
const SET_COLORS = {
  light: [
    { fill: "#c7e0ee", stroke: "#00598b" },
    { fill: "#faeac7", stroke: "#b37c00" },
    { fill: "#c7eae0", stroke: "#007b5a" },
    { fill: "#f6dcc7", stroke: "#a64900" },
    { fill: "#f4e2ec", stroke: "#9f5e82" },
    { fill: "#daeffa", stroke: "#438cb6" },
    { fill: "#fcf9d5", stroke: "#847d24" },
  ],
  dark: [
    { fill: "#0e3a56", stroke: "#338ec1" },
    { fill: "#654b12", stroke: "#ebb233" },
    { fill: "#0e4b3e", stroke: "#33b18f" },
    { fill: "#5f3312", stroke: "#dd7e33" },
    { fill: "#5b3d51", stroke: "#d694b9" },
    { fill: "#2e536b", stroke: "#78c3ed" },
    { fill: "#69662b", stroke: "#f3e968" },
  ],
} as const;

/** How many categorical colours the palette has; set and column colours cycle through them. */
export const PALETTE_SIZE = SET_COLORS.light.length;

/** Outline dash patterns, the second cue besides colour that tells sets apart. */
export const SET_DASHES = ["none", "7 4", "2 3", "10 3 2 3", "4 4", "1 2", "12 4"] as const;

function paletteTokens(scheme: "light" | "dark", ink: string): ThemeTokens {
  const tokens: ThemeTokens = {};
  SET_COLORS[scheme].forEach(({ fill, stroke }, i) => {
    tokens[`--ri-set-${i + 1}-fill`] = fill;
    tokens[`--ri-set-${i + 1}-stroke`] = stroke;
    tokens[`--ri-set-${i + 1}-ink`] = ink;
  });
  return tokens;
}

/** Light scheme: every text pair is checked at 4.5:1 and every meaningful stroke at 3:1 by the tests. */
export const LIGHT_TOKENS: ThemeTokens = {
  "--ri-bg": "#ffffff",
  "--ri-surface": "#f6f7f9",
  "--ri-text": "#1b1d22",
  "--ri-text-muted": "#5b6270",
  "--ri-border": "#8a919e",
  "--ri-accent": "#1d4ed8",
  "--ri-focus-ring": "#1d4ed8",
  "--ri-error-text": "#9f1d1d",
  "--ri-error-bg": "#fdf0f0",
  ...paletteTokens("light", "#1b1d22"),
};

/** Dark scheme, with the same keys as the light one. */
export const DARK_TOKENS: ThemeTokens = {
  "--ri-bg": "#16181d",
  "--ri-surface": "#1f2228",
  "--ri-text": "#f3f4f6",
  "--ri-text-muted": "#a7adb8",
  "--ri-border": "#7d8490",
  "--ri-accent": "#93c5fd",
  "--ri-focus-ring": "#93c5fd",
  "--ri-error-text": "#fca5a5",
  "--ri-error-bg": "#2a1618",
  ...paletteTokens("dark", "#f3f4f6"),
};

/** Tokens that do not change with the scheme. */
export const SHARED_TOKENS: ThemeTokens = {
  "--ri-font-family": "inherit",
  "--ri-radius": "8px",
  "--ri-duration-hover": "150ms",
};

/**
 * The custom property of a palette colour role for the n-th set or column (0-based, cycling). An ink is the text
 * colour unless a host sets it, so figures do not write it: the reference falls back to `--ri-text`.
 */
export function paletteVar(index: number, role: "fill" | "stroke" | "ink"): string {
  const name = `--ri-set-${(index % PALETTE_SIZE) + 1}-${role}`;
  return role === "ink" ? `var(${name},var(--ri-text))` : `var(${name})`;
}
