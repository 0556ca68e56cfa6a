import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import pkg from "./package.json" with { type: "json" };

/** Every runtime and peer dependency stays external, subpaths included (react/jsx-runtime, framer-motion/dom…). */
const externalPackages = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
const isExternal = (id: string) => externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    lib: {
      entry: { index: "src/index.ts", layout: "src/layout.ts", static: "src/static/index.ts", remark: "src/remark/index.ts" },
      formats: ["es"],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: "src",
        entryFileNames: "[name].js",
        // Next.js reads the directive from the file it imports; bundlers drop module directives, so it is added back.
        banner: (chunk) => (chunk.name === "index" ? '"use client";' : ""),
      },
    },
  },
});
