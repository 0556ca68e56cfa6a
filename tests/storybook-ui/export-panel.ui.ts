// The Export panel as a designer uses it: the static Storybook in Chromium, a click, a file or the clipboard.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { JSDOM } from "jsdom";
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, serveStatic } from "../consumer/harness";

const root = resolve(import.meta.dirname, "../..");
let out = "";
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "ri-storybook-"));
  execFileSync(process.execPath, [join(root, "node_modules/storybook/dist/bin/dispatcher.js"), "build", "-o", out, "--quiet"], { cwd: root, stdio: "pipe" });
  server = await serveStatic(out);
  browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  page = await context.newPage();
  await page.goto(`${server.url}/index.html?path=/story/infographics-venndiagram--reference`);
  await page.frameLocator("#storybook-preview-iframe").locator(".ri-figure").waitFor();
  await page.getByRole("tab", { name: "Export" }).click();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Clicks a button of the panel and returns the saved file's name and bytes; a failure says what the panel said. */
async function downloadFrom(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 50_000 }).catch(async (error: Error) => {
      throw new Error(`no download after "${button}"; the panel says: "${await page.getByRole("status").innerText()}"\n${error.message}`);
    }),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's header. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe("the Export panel", () => {
  it("copies the HTML snippet, with the content for the embed script", async () => {
    await page.getByRole("button", { name: "Copy HTML snippet" }).click();
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 30_000 }).toBe("The HTML snippet is on the clipboard.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^<figure class="ri-figure[^"]*"[\s\S]*<script type="application\/json" data-ri-content="">\{"kind":"venn-diagram"/);
  });

  it("saves the story as a standalone SVG at the width it is drawn", async () => {
    const { name, bytes } = await downloadFrom("Download SVG");
    expect(name).toBe("venn-diagram.svg");
    const svg = new JSDOM(bytes.toString("utf8"), { contentType: "image/svg+xml" }).window.document.documentElement;
    expect(svg.querySelector("title")?.textContent).toBe("Product manager vs. project manager");
    const figureWidth = await page.frameLocator("#storybook-preview-iframe").locator(".ri-figure").evaluate((figure) => Math.round(figure.getBoundingClientRect().width));
    expect(Number(svg.getAttribute("width"))).toBe(figureWidth);
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 30_000 }).toBe("Saved venn-diagram.svg.");
  });

  it("saves PNGs at one and two pixels per point", async () => {
    const one = await downloadFrom("Download PNG 1x");
    const two = await downloadFrom("Download PNG 2x");
    expect(one.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(pngSize(two.bytes).width).toBe(2 * pngSize(one.bytes).width);
    expect(pngSize(two.bytes).height).toBe(2 * pngSize(one.bytes).height);
  });


  it("copies embed code that makes a plain page's figure interactive once the dist/embed folder is on the site", async () => {
    await page.getByRole("button", { name: "Copy embed code" }).click();
    await expect.poll(() => page.getByRole("status").innerText()).toBe("The embed code (HTML snippet and script tag) is on the clipboard.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^<figure class="ri-figure[\s\S]*<\/figure>\n[\s\S]*<script type="module" src="\/react-infographics\/embed\/embed\.js"><\/script>\n$/);
    // The site: the package's dist/ folder (built by `npm run build`) where the copied code expects it.
    const site = mkdtempSync(join(tmpdir(), "ri-embed-site-"));
    symlinkSync(join(root, "dist"), join(site, "react-infographics"), "dir");
    const host = await serveStatic(site, { "/post.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title><link rel="icon" href="data:,"></head><body>${copied}</body></html>` });
    const reader = await browser.newPage();
    const errors: string[] = [];
    reader.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
    try {
      await reader.goto(`${host.url}/post.html`);
      await reader.waitForFunction(() => document.querySelector("ri-infographic")?.getAttribute("data-ri-state") === "hydrated", undefined, { timeout: 15_000 });
      expect(errors).toEqual([]);
    } finally {
      await reader.close();
      await host.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
