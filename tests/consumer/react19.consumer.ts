// A Vite + React 19 site that uses the package: client-rendered app, server render in Node, hydration in Chromium.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrationPage, setUpBrowserProject, type Browser, type BrowserProject } from "./browser-pages";
import { COMPONENTS, componentsReady, htmlText, launchChromium, missingLabels, openWatchedPage, readContent, serveStatic, visibleLabels } from "./harness";

const content = readContent();
const titles = { VennDiagram: content.venn.title, LifecycleTimeline: content.timeline.title, ComparisonTable: content.comparison.title };
let setup: BrowserProject;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  [setup, browser] = await Promise.all([setUpBrowserProject(19, ["app", "hydrate"]), launchChromium()]);
  server = await serveStatic(setup.project.path("dist-app"));
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
  setup?.project.remove();
});

describe("a Vite + React 19 app", () => {
  it("builds with vite", () => {
    expect(setup.builds.app.code, setup.builds.app.output).toBe(0);
  });

  it("loads in Chromium with nothing in the console and no request outside its own server", async () => {
    const { problems, load, close } = await openWatchedPage(browser);
    try {
      await load(`${server.url}/app.html`);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.skipIf(!componentsReady()).for(COMPONENTS.map((name) => [name] as const))("shows the %s as a visible figure named by its title, inside the page's width", async ([name]) => {
    const { page, load, close } = await openWatchedPage(browser, { width: 1024 });
    try {
      await load(`${server.url}/app.html`);
      const figure = page.getByRole("figure", { name: titles[name], exact: true });
      expect(await figure.count()).toBe(1);
      expect(await figure.isVisible()).toBe(true);
      const box = await figure.boundingBox();
      expect(box && box.width > 200 && box.height > 100, `figure box ${JSON.stringify(box)}`).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
    } finally {
      await close();
    }
  });
});

describe("server rendering with React 19", () => {
  it("renders in plain Node with react-dom/server, logging nothing", () => {
    expect("failure" in setup.server ? setup.server.failure : "").toBe("");
    if ("failure" in setup.server) return;
    expect(setup.server.react).toMatch(/^19\./);
    expect(setup.server.logged).toEqual([]);
  });

  it.skipIf(!componentsReady()).for(COMPONENTS.map((name) => [name] as const))("puts every label of the %s into the server HTML", ([name]) => {
    if ("failure" in setup.server) throw new Error(setup.server.failure);
    expect(missingLabels(htmlText(setup.server.html), visibleLabels(content)[name])).toEqual([]);
  });

  it("hydrates over the server HTML in Chromium without a mismatch or any console message", async () => {
    expect(setup.builds.hydrate.code, setup.builds.hydrate.output).toBe(0);
    if ("failure" in setup.server) throw new Error(setup.server.failure);
    const html = hydrationPage(setup.project, setup.server.html);
    const hydrating = await serveStatic(setup.project.path("dist-hydrate"), { "/ssr.html": html });
    const { page, problems, load, close } = await openWatchedPage(browser);
    try {
      await load(`${hydrating.url}/ssr.html`);
      const state = await page.evaluate(() => ({
        react: (window as unknown as { __reactVersion: string }).__reactVersion,
        recoverable: (window as unknown as { __recoverableErrors: string[] }).__recoverableErrors,
      }));
      expect(state.react).toMatch(/^19\./);
      expect({ recoverable: state.recoverable, console: problems }).toEqual({ recoverable: [], console: [] });
    } finally {
      await close();
      await hydrating.close();
    }
  });

  it("is a check that can fail: a server HTML edited after rendering is reported as a mismatch", async () => {
    if ("failure" in setup.server) throw new Error(setup.server.failure);
    const tampered = setup.server.html.replace(/<main>/, '<main><p data-tampered="">Edited after rendering</p>');
    expect(tampered).not.toBe(setup.server.html);
    const hydrating = await serveStatic(setup.project.path("dist-hydrate"), { "/ssr.html": hydrationPage(setup.project, tampered) });
    const { page, problems, load, close } = await openWatchedPage(browser);
    try {
      await load(`${hydrating.url}/ssr.html`);
      const recoverable = await page.evaluate(() => (window as unknown as { __recoverableErrors: string[] }).__recoverableErrors);
      expect([...recoverable, ...problems].join("\n")).toMatch(/hydrat/i);
    } finally {
      await close();
      await hydrating.close();
    }
  });
});
