// A page in Debian's Chromium holding a piece of HTML, as the static-output tests open it.
import { chromium, type Browser, type Page } from "playwright";
import { chromiumArgs, findChromium } from "../../scripts/chromium-path.mjs";

/** Launches headless Chromium (never a downloaded one). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs });
}

/** A page in a fresh context with the given HTML as its article. */
export async function pageWith(browser: Browser, body: string, options: { javaScriptEnabled: boolean; width?: number }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 800, height: 900 }, javaScriptEnabled: options.javaScriptEnabled, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body style="margin:0 auto;max-width:720px;padding:16px;font-family:Arimo,Arial,'Liberation Sans',sans-serif"><main><article>${body}</article></main></body></html>`,
  );
  return page;
}
