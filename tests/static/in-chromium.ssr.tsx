// The static renderer's output opened where readers meet it: a page with JavaScript off, and an image, in Chromium.
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, findChromium } from "../../scripts/chromium-path.mjs";
import { KIND_NAMES, loadKind } from "../../src/kinds";
import { renderToHTML, renderToSVG } from "../../src/static";
import { KIND_EXAMPLES } from "../kinds/examples";

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs });
});
afterAll(() => browser?.close());

/** A page in a fresh context, with the given markup as its body. */
async function pageWith(body: string, options: { width: number; javaScriptEnabled?: boolean }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static</title></head><body style="margin:0;font-family:Arimo,Arial,'Liberation Sans',sans-serif"><main>${body}</main></body></html>`);
  return page;
}

/** Centres of every text line drawn in an SVG, keyed by the line's text (lines met twice are dropped). */
async function lineCentres(page: Page, svgSelector: string): Promise<Map<string, { x: number; y: number }>> {
  const entries = await page.$$eval(`:is(${svgSelector}) tspan`, (spans) =>
    spans
      .map((span) => [span.textContent!.trim(), span.getBoundingClientRect()] as const)
      .filter(([, box]) => box.width > 0)
      .map(([text, box]) => [text, { x: box.x + box.width / 2, y: box.y + box.height / 2 }] as const),
  );
  const counts = new Map<string, number>();
  for (const [text] of entries) counts.set(text, (counts.get(text) ?? 0) + 1);
  return new Map(entries.filter(([text]) => text.length > 2 && counts.get(text) === 1));
}

describe.each(KIND_NAMES)("%s, rendered without a browser, opened in Chromium", { timeout: 30_000 }, (name) => {
  const props = KIND_EXAMPLES[name]!;

  it("is complete as an HTML snippet in a page with JavaScript off, and passes axe", async () => {
    const html = await renderToHTML(name, props, { theme: "light" });
    const off = await pageWith(html, { width: 800, javaScriptEnabled: false });
    expect(await off.locator("figure").count()).toBe(1);
    expect(await off.locator("figure").innerText()).toContain(props.title);
    await off.context().close();
    // axe needs timers, which a page with JavaScript off never fires, so it checks the same snippet where scripts
    // may run; the snippet has no script that runs (its JSON is inert), so what axe sees is what the first page shows.
    const page = await pageWith(html, { width: 800 });
    const results = await new AxeBuilder({ page }).include("figure").analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.context().close();
  });

  it("draws its text where the component draws it, at the same width", async () => {
    // The server HTML is laid out for a 680 px article column; a 712 px page gives the figure exactly that inside its padding.
    const width = 712;
    const { Component } = await loadKind(name);
    const componentPage = await pageWith(renderToString(<Component {...props} title={props.title as string} theme="light" animation="none" />), { width, javaScriptEnabled: false });
    const svg = await renderToSVG(name, props, { width, theme: "light" });
    const svgPage = await pageWith(svg.replace(/^<\?xml[^>]*>\s*/, ""), { width });
    const drawn = await lineCentres(componentPage, "figure .ri-wide svg, figure > svg");
    const standalone = await lineCentres(svgPage, "main > svg > g");
    const common = [...drawn.keys()].filter((text) => standalone.has(text));
    expect(common.length).toBeGreaterThan(5);
    // Compare positions relative to the centroid of the shared lines: the frames around the pictures differ.
    const centroid = (points: { x: number; y: number }[]) => ({ x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length });
    const a = centroid(common.map((text) => drawn.get(text)!));
    const b = centroid(common.map((text) => standalone.get(text)!));
    const off = common.filter((text) => {
      const [p, q] = [drawn.get(text)!, standalone.get(text)!];
      return Math.abs(p.x - a.x - (q.x - b.x)) > 4 || Math.abs(p.y - a.y - (q.y - b.y)) > 4;
    });
    expect(off).toEqual([]);
    await componentPage.context().close();
    await svgPage.context().close();
  });
});
