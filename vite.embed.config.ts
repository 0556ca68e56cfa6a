// The embed script (react-infographics/embed): one ES module for pages without React, with React bundled in
// and built for production. Each dynamic import (a kind, the motion code) becomes a chunk beside the entry,
// imported by a relative path, so the folder can be copied to any static host.
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * Names a chunk loaded by import() that starts at a kind's entry or at the animation after its source folder
 * (`venn-…js`, `motion-…js`); others, such as the small helpers loaded after hydration, `shared-…js`.
 */
function chunkName(chunk: { facadeModuleId: string | null }): string {
  const folder = chunk.facadeModuleId?.match(/\/src\/([^/]+)\/(?:kind|run-entrance)\.tsx?$/)?.[1];
  return `${folder ?? "shared"}-[hash].js`;
}

/** The entry's declaration: it exports nothing, but TypeScript checks that a side-effect import resolves to types. */
const declaration: Plugin = {
  name: "ri-embed-declaration",
  generateBundle() {
    this.emitFile({ type: "asset", fileName: "embed.d.ts", source: "// Defines <ri-infographic> and upgrades the page's static figures; exports nothing.\nexport {};\n" });
  },
};

export default defineConfig({
  plugins: [react(), declaration],
  publicDir: false,
  // Library mode keeps process.env.NODE_ENV for the consumer's bundler; this file is the consumer's bundle.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist/embed",
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    // Library mode also leaves out Vite's preload helper, which would write <link> elements into the page's head.
    lib: { entry: { embed: "src/embed/embed.ts" }, formats: ["es"] },
    rolldownOptions: {
      // The entry exports nothing, so modules it shares with the chunks may merge into it.
      preserveEntrySignatures: false,
      // Library mode minifies ES output without removing whitespace; this bundle is never bundled again.
      output: { entryFileNames: "[name].js", chunkFileNames: chunkName, minify: true },
    },
  },
});
