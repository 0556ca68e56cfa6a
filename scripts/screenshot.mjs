// Saves PNG screenshots of stories from a running Storybook, for a designer's look.
// Usage: node scripts/screenshot.mjs <story-id or docs-id> <out.png> [width=800] [light|dark] [storybook-url]
import { chromium } from "playwright";
import { chromiumArgs, findChromium } from "./chromium-path.mjs";

const [storyId, out, width = "800", scheme = "light", base = "http://127.0.0.1:6006"] = process.argv.slice(2);
if (!storyId || !out) {
  console.error("usage: node scripts/screenshot.mjs <story-id> <out.png> [width] [light|dark] [storybook-url]");
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme, reducedMotion: "reduce" });
const page = await context.newPage();
// Docs pages (ids ending in --docs) render in docs mode, without a figure to wait for.
const docs = storyId.endsWith("--docs");
await page.goto(`${base}/iframe.html?id=${storyId}&viewMode=${docs ? "docs" : "story"}`);
await page.waitForSelector(docs ? "#storybook-docs .sbdocs-content" : ".ri-figure", { timeout: 30000 });
await page.screenshot({ path: out, fullPage: true });
// Tall pages are also saved in screen-sized parts, so that each can be looked at without shrinking.
const height = await page.evaluate(() => document.documentElement.scrollHeight);
const partHeight = 1100;
const parts = height > partHeight * 1.5 ? Math.ceil(height / partHeight) : 0;
for (let i = 0; i < parts; i++) {
  const clip = { x: 0, y: i * partHeight, width: Number(width), height: Math.min(partHeight, height - i * partHeight) };
  await page.screenshot({ path: out.replace(/\.png$/, `.part${i + 1}.png`), fullPage: true, clip });
}
await browser.close();
console.log(`saved ${out}${parts ? ` and ${parts} parts` : ""}`);
