import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Family name of the bundled font: Arimo, metrically compatible with Arial, which the text wrapping assumes. */
export const BUNDLED_FONT_FAMILY = "Arimo";

/** File names of the bundled font in `dist/fonts/`, where the build copies them with their licence (OFL.txt). */
export const BUNDLED_FONT_FILES = ["Arimo-Regular.ttf", "Arimo-Bold.ttf"] as const;

/** Absolute paths of the bundled font files; this module is `dist/cli/bundled-fonts.js`, so they are one level up. */
export function bundledFontPaths(): string[] {
  const folder = join(dirname(fileURLToPath(import.meta.url)), "..", "fonts");
  const paths = BUNDLED_FONT_FILES.map((file) => join(folder, file));
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`the bundled font is missing (${missing.join(", ")}): reinstall react-infographics`);
  return paths;
}
