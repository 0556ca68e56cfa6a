import type { CSSProperties } from "react";

/** One piece of content: a plain label, or a label with an optional description and link. */
export type InfographicItem = string | InfographicItemObject;

/** The object form of an item. */
export interface InfographicItemObject {
  /** The visible text of the item. */
  label: string;
  /** Longer text, shown on hover and keyboard focus and read by screen readers. */
  description?: string;
  /** A link target; only `http:`, `https:`, `mailto:` and relative URLs become links. */
  href?: string;
}

/** A named colour scheme. `auto` follows the reader's `prefers-color-scheme`. */
export type ThemeName = "light" | "dark" | "auto";

/** CSS custom properties (`--ri-…`) to override, with an optional base scheme (default `auto`). */
export type ThemeOverrides = { base?: ThemeName } & { [property: `--ri-${string}`]: string | undefined };

/** When the entrance animation starts. */
export type AnimationMode = "on-view" | "on-mount" | "none";

/** Text and layout direction. `auto` reads the nearest `dir` attribute after hydration. */
export type Direction = "ltr" | "rtl" | "auto";

/** A credit line under the figure. */
export interface InfographicSource {
  /** The visible credit, shown after "Source:". */
  label: string;
  /** Where the credit links to (safe protocols only). */
  href?: string;
}

/** Props shared by every infographic. */
export interface InfographicProps {
  /** Visible heading of the figure and its accessible name. Required and non-empty. */
  title: string;
  /** One or two sentences under the title; also the figure's accessible description. */
  description?: string;
  /** Credit line under the figure ("Source: …"). */
  source?: InfographicSource;
  /** Keep title and description for assistive technology only, without showing them. */
  hideTitle?: boolean;
  /** Colour scheme, or CSS custom-property overrides. Default `auto`. */
  theme?: ThemeName | ThemeOverrides;
  /** When the entrance animation starts; always `none` under `prefers-reduced-motion: reduce`. Default `on-view`. */
  animation?: AnimationMode;
  /** Text and layout direction. Default `auto`. */
  dir?: Direction;
  /** Id of the root element. */
  id?: string;
  /** Extra class name on the root element. */
  className?: string;
  /** Inline style on the root element. */
  style?: CSSProperties;
}

/** A problem found in props: the path of the offending prop and what is wrong with it. */
export interface ValidationProblem {
  /** Prop path, for example `sets[1].id`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}
