import { existsSync } from "node:fs";

/** Where the tests find Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium; null when neither exists. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Flags for headless Chromium on a machine with no network and no GPU. */
export const chromiumArgs = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
