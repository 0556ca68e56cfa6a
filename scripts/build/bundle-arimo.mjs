// Copies the Arimo font (regular and bold) and its licence into dist/fonts/, for the CLI's PNG export. Arimo has
// Arial's metrics, which the text wrapping assumes, so text drawn with it fits where the layout put it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Output file in dist/ -> file in the @expo-google-fonts/arimo package. */
const FILES = {
  "fonts/Arimo-Regular.ttf": "400Regular/Arimo_400Regular.ttf",
  "fonts/Arimo-Bold.ttf": "700Bold/Arimo_700Bold.ttf",
  "fonts/OFL.txt": "LICENSE_FONT",
};

/** A build plugin that emits the bundled font files and the SIL Open Font License next to the built modules. */
export function bundleArimo() {
  return {
    name: "bundle-arimo",
    generateBundle() {
      const folder = dirname(createRequire(import.meta.url).resolve("@expo-google-fonts/arimo/package.json"));
      for (const [fileName, from] of Object.entries(FILES)) {
        this.emitFile({ type: "asset", fileName, source: readFileSync(join(folder, from)) });
      }
    },
  };
}
