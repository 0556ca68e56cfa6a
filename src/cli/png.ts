// PNG through resvg, a native SVG renderer: no browser. It is an optional peer dependency, so that the many
// users who want SVG or HTML never download a native binary; it is loaded only when PNG is asked for.
import { readFile } from "node:fs/promises";
import type * as ResvgModule from "@resvg/resvg-js";
import { BUNDLED_FONT_FAMILY, bundledFontPaths } from "./bundled-fonts";
import { firstUncovered, readCoverage } from "./font-coverage";
import { svgText } from "./svg-text";

/** What a user types to get PNG export. */
export const PNG_INSTALL_HINT = "npm install @resvg/resvg-js";

/** PNG export was asked for and the optional renderer is not installed or does not load. */
export class PngRendererUnavailableError extends Error {
  override name = "PngRendererUnavailableError";
}

/** Imports the PNG renderer; a parameter of `loadResvg` only so that tests can stand in for a missing package. */
export type ResvgImporter = () => Promise<typeof ResvgModule>;

const importResvg: ResvgImporter = () => import("@resvg/resvg-js");

/** Loads the optional `@resvg/resvg-js`, or throws an error that says how to install it. */
export async function loadResvg(importer: ResvgImporter = importResvg): Promise<typeof ResvgModule> {
  try {
    return await importer();
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split("\n", 1)[0] ?? "") : String(error);
    const absent = (error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND" && reason.includes("'@resvg/resvg-js'");
    // Installed but not loadable: usually its native binary for this platform is missing; reinstalling fetches it.
    const detail = absent ? "" : `\nIt is installed but did not load: ${reason}`;
    throw new PngRendererUnavailableError(`PNG export needs the optional package @resvg/resvg-js: ${PNG_INSTALL_HINT}${detail}`, { cause: error });
  }
}

/** Turns standalone SVG documents into PNG images at one zoom. */
export interface PngRenderer {
  /** The PNG of an SVG document, `scale` device pixels per CSS pixel. */
  render(svg: string): Buffer;
}

/**
 * Loads resvg, finds the bundled Arimo and reads which characters it covers, once for a whole run. resvg-js keeps
 * no font database between images, so it reads the two small font files again for each one; the system's fonts,
 * far slower to load, only for an image whose text holds a character Arimo cannot draw (see font-coverage.ts).
 */
export async function createPngRenderer(scale: number, importer?: ResvgImporter): Promise<PngRenderer> {
  const { Resvg } = await loadResvg(importer);
  const fontFiles = bundledFontPaths();
  const coverage = (await Promise.all(fontFiles.map((file) => readFile(file)))).map(readCoverage);
  return {
    render(svg) {
      const loadSystemFonts = firstUncovered(svgText(svg), coverage) !== undefined;
      const font = { fontFiles, loadSystemFonts, defaultFontFamily: BUNDLED_FONT_FAMILY };
      return new Resvg(svg, { fitTo: { mode: "zoom", value: scale }, font }).render().asPng();
    },
  };
}
