import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { builtinModules } from "node:module";
import pkg from "./package.json" with { type: "json" };
import { bundleArimo } from "./scripts/build/bundle-arimo.mjs";

/**
 * Every runtime and peer dependency stays external, subpaths included (react/jsx-runtime, framer-motion/dom…),
 * and so do Node's built-in modules, which only the CLI imports.
 */
const externalPackages = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
const isExternal = (id: string) =>
  id.startsWith("node:") || builtinModules.includes(id) || externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

/** The first line of each entry chunk that needs one. */
const BANNERS: Record<string, string> = {
  // Next.js reads the directive from the file it imports; bundlers drop module directives, so it is added back.
  index: '"use client";',
  cli: "#!/usr/bin/env node",
};

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    lib: {
      entry: { index: "src/index.ts", layout: "src/layout.ts", static: "src/static/index.ts", cli: "src/cli/main.ts", remark: "src/remark/index.ts" },
      formats: ["es"],
    },
    rolldownOptions: {
      external: isExternal,
      plugins: [bundleArimo()],
      output: {
        preserveModules: true,
        preserveModulesRoot: "src",
        entryFileNames: "[name].js",
        banner: (chunk) => (chunk.isEntry ? (BANNERS[chunk.name] ?? "") : ""),
      },
    },
  },
});
