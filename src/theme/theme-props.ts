import type { CSSProperties } from "react";
import type { ThemeName, ThemeOverrides } from "../core/types";

/** The root's `data-theme` value and inline custom properties for a `theme` prop. */
export function resolveTheme(theme: ThemeName | ThemeOverrides | undefined): { name: ThemeName; style: CSSProperties } {
  if (theme === undefined || typeof theme === "string") return { name: theme ?? "auto", style: {} };
  const { base, ...overrides } = theme;
  const style = Object.fromEntries(Object.entries(overrides).filter(([key, value]) => /^--ri-[a-z0-9-]+$/i.test(key) && typeof value === "string"));
  return { name: base ?? "auto", style: style as CSSProperties };
}
