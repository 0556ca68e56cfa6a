import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { chromiumArgs, findChromium } from "./scripts/chromium-path.mjs";

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Debian's Chromium, driven by Playwright; never a downloaded browser. A fresh object per project: Vitest names the instances it is given. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs } }),
  instances: [{ browser: "chromium" as const }],
});

export default defineConfig({
  plugins: [react()],
  // Pre-bundled up front: a dependency discovered mid-run is re-bundled under a new hash, and two copies of React break hooks.
  optimizeDeps: {
    include: ["react", "react-dom", "react-dom/client", "react-dom/server", "react/jsx-dev-runtime", "react/jsx-runtime", "framer-motion/dom"],
  },
  test: {
    globals: true,
    // Time limits only catch a hang: on a loaded CI machine a test runs many times slower than on a quiet one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll and expect.element retry until a condition holds; one second is too short under load.
    expect: { poll: { timeout: 15_000 } },
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".vitest-reports/results.json" }]] : ["default"],
    projects: [
      {
        extends: true,
        test: { name: "unit", environment: "jsdom", include: ["tests/**/*.test.{ts,tsx}"], setupFiles: ["tests/setup-dom.ts"] },
      },
      {
        extends: true,
        test: { name: "ssr", environment: "node", include: ["tests/**/*.ssr.{ts,tsx}"] },
      },
      {
        extends: true,
        test: { name: "browser", include: ["tests/**/*.browser.{ts,tsx}"], setupFiles: ["tests/browser/setup.ts"], browser: browser() },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
        test: { name: "storybook", browser: browser() },
      },
      {
        // Storybook's own UI (the manager), built statically and driven in Chromium like a designer would.
        test: { name: "storybook-ui", environment: "node", include: ["tests/storybook-ui/**/*.ui.ts"], testTimeout: 60_000, hookTimeout: 300_000 },
      },
      {
        // The package as a user installs it: the packed tarball in temporary projects (needs `npm run build` first).
        test: {
          name: "consumer",
          environment: "node",
          include: ["tests/consumer/**/*.consumer.ts"],
          globalSetup: ["tests/consumer/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
