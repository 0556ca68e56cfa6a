// The React entry. The build puts "use client" at the top of dist/index.js for React Server Components.
export type {
  AnimationMode,
  Direction,
  InfographicItem,
  InfographicItemObject,
  InfographicProps,
  InfographicSource,
  ThemeName,
  ThemeOverrides,
  ValidationProblem,
} from "./core/types";
export { DARK_TOKENS, LIGHT_TOKENS } from "./theme/tokens";
