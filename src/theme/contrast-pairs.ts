import { PALETTE_SIZE } from "./tokens";

/** Pairs of (text, background) tokens that must reach 4.5:1 in each scheme. */
export const TEXT_CONTRAST_PAIRS: readonly (readonly [string, string])[] = [
  ["--ri-text", "--ri-bg"],
  ["--ri-text", "--ri-surface"],
  ["--ri-text-muted", "--ri-bg"],
  ["--ri-text-muted", "--ri-surface"],
  ["--ri-accent", "--ri-bg"],
  ["--ri-error-text", "--ri-error-bg"],
  ...Array.from({ length: PALETTE_SIZE }, (_, i) => [`--ri-set-${i + 1}-ink`, `--ri-set-${i + 1}-fill`] as const),
];

/** Pairs of (graphic, background) tokens that must reach 3:1: strokes and rings that carry meaning. */
export const GRAPHIC_CONTRAST_PAIRS: readonly (readonly [string, string])[] = [
  ["--ri-focus-ring", "--ri-bg"],
  ["--ri-border", "--ri-bg"],
  ...Array.from({ length: PALETTE_SIZE }, (_, i) => [`--ri-set-${i + 1}-stroke`, "--ri-bg"] as const),
];
