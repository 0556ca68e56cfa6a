// Takes the documentation's screenshots from the static Storybook (run `npm run build-storybook` first), with motion
// reduced so the picture is final: the README's showcase (desktop and phone, light and dark, docs/showcase-*.png) and
// the Accessibility guide's forced-colours and print views of single figures (docs/a11y-*.png). A shot with `focus`
// presses Tab first, so the focus ring (or, in print, its absence) shows.
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
  { file: "showcase-desktop-light", story: "showcase-article--desktop", width: 1100, theme: "light" },
  { file: "showcase-desktop-dark", story: "showcase-article--desktop", width: 1100, theme: "dark" },
  { file: "showcase-phone-light", story: "showcase-article--phone", width: 360, theme: "light" },
  { file: "showcase-phone-dark", story: "showcase-article--phone", width: 360, theme: "dark" },
  { file: "a11y-forced-colors-venn", story: "showcase-article--desktop", width: 1100, theme: "light", forcedColors: "active", element: ".ri-venn", focus: true },
  { file: "a11y-forced-colors-table", story: "showcase-article--desktop", width: 1100, theme: "light", forcedColors: "active", element: ".ri-comparison-table" },
  { file: "a11y-print-venn", story: "showcase-article--dark", width: 1100, theme: "dark", media: "print", element: ".ri-venn", focus: true },
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
    await page.emulateMedia({ media: shot.media ?? null, forcedColors: shot.forcedColors ?? null });
    if (shot.focus) await page.keyboard.press("Tab");
    const out = join(root, "docs", `${shot.file}.png`);
    if (shot.element) await page.locator(shot.element).screenshot({ path: out });
    else await page.screenshot({ path: out, fullPage: true });
    console.log(`saved ${out}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
