// What runs only after hydration (watching the viewport for the entrance, measuring the page's real font), behind
// one import(): a consumer's bundler wraps each import() and each lazy chunk is its own request, so one beats two.

/** Starts the entrance once the figure is in view (re-exported for the lazy chunk). */
export { startEntrance } from "../motion/start-entrance";
/** Grows the text scale once the page's fonts have loaded (re-exported for the lazy chunk). */
export { growTextScale } from "./text/widest-text-ratio";
