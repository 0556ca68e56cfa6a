import { findChromium } from "./chromium-path.mjs";

if (!findChromium()) {
  console.error("No Chromium found for the browser tests: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.");
  process.exit(1);
}
