// The React-free entry: pure layout and text functions, usable headless in Node or a worker.
export { measureTextWidth, type FontWeight, type TextStyle } from "./core/text/measure";
export { wrapText, type WrapOptions, type WrappedText } from "./core/text/wrap";
export { safeHref } from "./core/safe-href";
export type { InfographicItem, ValidationProblem } from "./core/types";
