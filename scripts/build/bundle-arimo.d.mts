import type { Rolldown } from "vite";

/** A build plugin that emits the bundled Arimo font files and the SIL Open Font License into dist/fonts/. */
export function bundleArimo(): Rolldown.Plugin;
