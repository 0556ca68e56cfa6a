// The static entry: any infographic as a standalone SVG or a self-contained HTML snippet, with no DOM and no
// browser. Uses React's server renderer; nothing here touches the file system, so it runs in a browser too.
export { renderToHTML, renderToSVG } from "./render";
export { InvalidContentError } from "./errors";
export { DEFAULT_FONT_FAMILY, type StaticOptions } from "./options";
export { KIND_NAMES, isKindName, type KindName, type KindProps } from "../kinds";
