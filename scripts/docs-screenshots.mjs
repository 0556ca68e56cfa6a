// Takes the README's screenshots of the showcase from the static Storybook (run `npm run build-storybook` first):
// desktop and phone, light and dark, with motion reduced so the picture is final. Writes docs/showcase-*.png.
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { chromium } from "playwright";
import { chromiumArgs, findChromium } from "./chromium-path.mjs";

const root = resolve(import.meta.dirname, "..");
const site = join(root, "storybook-static");
if (!existsSync(join(site, "iframe.html"))) {
  console.error("storybook-static/ is missing: run `npm run build-storybook` first.");
  process.exit(1);
}
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".png": "image/png" };
const server = createServer((request, response) => {
  const path = join(site, decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname));
  if (!path.startsWith(site) || !existsSync(path) || statSync(path).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
  createReadStream(path).pipe(response);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const base = `http://127.0.0.1:${server.address().port}`;

const shots = [
  { name: "desktop-light", story: "showcase-article--desktop", width: 1100, theme: "light" },
  { name: "desktop-dark", story: "showcase-article--desktop", width: 1100, theme: "dark" },
  { name: "phone-light", story: "showcase-article--phone", width: 360, theme: "light" },
  { name: "phone-dark", story: "showcase-article--phone", width: 360, theme: "dark" },
];
mkdirSync(join(root, "docs"), { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: 900 }, colorScheme: shot.theme, reducedMotion: "reduce", deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${base}/iframe.html?id=${shot.story}&viewMode=story&globals=theme:${shot.theme}`);
    await page.waitForSelector(".ri-figure");
    await page.evaluate(() => document.fonts.ready);
    const out = join(root, "docs", `showcase-${shot.name}.png`);
    await page.screenshot({ path: out, fullPage: true });
    console.log(`saved ${out}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
