// A Vite + React 19 site that uses the package: client-rendered app, server render in Node, hydration in Chromium.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrationPage, setUpBrowserProject, type Browser, type BrowserProject } from "./browser-pages";
import { COMPONENTS, htmlText, launchChromium, missingLabels, openWatchedPage, readContent, serveStatic, transparentTexts, visibleLabels } from "./harness";

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
  // One page load at desktop width, shared by the tests below.
  let app: Awaited<ReturnType<typeof openWatchedPage>>;
  beforeAll(async () => {
    app = await openWatchedPage(browser, { width: 1024 });
    if (setup.builds.app.code === 0) await app.load(`${server.url}/app.html`).catch(() => undefined);
  });
  afterAll(() => app?.close());

  it("builds with vite", () => {
    expect(setup.builds.app.code, setup.builds.app.output).toBe(0);
  });

  it("loads in Chromium with nothing in the console and no request outside its own server", async () => {
    expect(await app.page.evaluate(() => document.body.dataset.ready), `the app never rendered: ${app.problems.join("\n")}`).toBe("true");
    expect(app.problems).toEqual([]);
  });

  it.for(COMPONENTS.map((name) => [name] as const))("shows the %s as a visible figure named by its title", async ([name]) => {
    const figure = app.page.getByRole("figure", { name: titles[name], exact: true });
    expect(await figure.count()).toBe(1);
    expect(await figure.isVisible()).toBe(true);
    const box = await figure.boundingBox();
    expect(box && box.width > 200 && box.height > 100, `figure box ${JSON.stringify(box)}`).toBe(true);
  });

  it("does not make the page scroll sideways", async () => {
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

describe("the same app on a phone (360 px wide)", () => {
  it("shows all three figures without making the page scroll sideways", async () => {
    const { page, problems, load, close } = await openWatchedPage(browser, { width: 360 });
    try {
      await load(`${server.url}/app.html`);
      for (const title of Object.values(titles)) {
        expect(await page.getByRole("figure", { name: title, exact: true }).isVisible(), title).toBe(true);
      }
      const overflow = await page.evaluate(() => ({
        pixels: document.documentElement.scrollWidth - window.innerWidth,
        // The outermost elements that reach past the right edge, to name the culprit.
        outside: [...document.querySelectorAll("figure *")]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
          .filter((element) => !(element.parentElement && element.parentElement.getBoundingClientRect().right > window.innerWidth + 0.5))
          .slice(0, 5)
          .map((element) => {
            const figure = element.closest("figure")?.querySelector(".ri-title, figcaption")?.textContent;
            return `"${element.textContent?.trim().slice(0, 40)}" (<${element.tagName.toLowerCase()}> in ${element.parentElement?.tagName.toLowerCase()}.${element.parentElement?.className}, figure "${figure}") right edge ${Math.round(element.getBoundingClientRect().right)}`;
          }),
      }));
      expect(overflow.pixels, `the page scrolls sideways: ${overflow.outside.join("; ")}`).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
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

  it.for(COMPONENTS.map((name) => [name] as const))("puts every label and description of the %s into the server HTML", ([name]) => {
    if ("failure" in setup.server) throw new Error(setup.server.failure);
    expect(missingLabels(htmlText(setup.server.html), visibleLabels(content)[name])).toEqual([]);
  });

  it("shows the three figures from the server HTML alone, JavaScript off, none of their text transparent", async () => {
    if ("failure" in setup.server) throw new Error(setup.server.failure);
    const html = hydrationPage(setup.project, setup.server.html);
    const hydrating = await serveStatic(setup.project.path("dist-hydrate"), { "/ssr.html": html });
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${hydrating.url}/ssr.html`);
      for (const title of Object.values(titles)) {
        expect(await page.getByRole("figure", { name: title, exact: true }).isVisible(), title).toBe(true);
      }
      const transparent = await transparentTexts(page);
      expect(transparent).toEqual([]);
    } finally {
      await context.close();
      await hydrating.close();
    }
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
      // Development React is what reports attribute mismatches; make sure that is the build being tested.
      expect(await page.evaluate(async () => (await (await fetch(document.querySelector("script[type=module]")!.getAttribute("src")!)).text()).includes("didn't match"))).toBe(true);
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
