// The same page on React 18, the older major the peer range promises: server render in Node, hydration in Chromium.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrationPage, setUpBrowserProject, type Browser, type BrowserProject } from "./browser-pages";
import { COMPONENTS, htmlText, launchChromium, missingLabels, openWatchedPage, readContent, serveStatic, visibleLabels } from "./harness";

const content = readContent();
let setup: BrowserProject;
let browser: Browser;

beforeAll(async () => {
  [setup, browser] = await Promise.all([setUpBrowserProject(18, ["hydrate"]), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  setup?.project.remove();
});

describe("server rendering and hydration with React 18", () => {
  it("renders in plain Node with React 18's react-dom/server, logging nothing", () => {
    expect("failure" in setup.server ? setup.server.failure : "").toBe("");
    if ("failure" in setup.server) return;
    expect(setup.server.react).toMatch(/^18\./);
    expect(setup.server.logged).toEqual([]);
  });

  it.for(COMPONENTS.map((name) => [name] as const))("puts every label and description of the %s into the server HTML", ([name]) => {
    if ("failure" in setup.server) throw new Error(setup.server.failure);
    expect(missingLabels(htmlText(setup.server.html), visibleLabels(content)[name])).toEqual([]);
  });

  it("hydrates over the server HTML in Chromium without a mismatch or any console message", async () => {
    expect(setup.builds.hydrate.code, setup.builds.hydrate.output).toBe(0);
    if ("failure" in setup.server) throw new Error(setup.server.failure);
    const hydrating = await serveStatic(setup.project.path("dist-hydrate"), { "/ssr.html": hydrationPage(setup.project, setup.server.html) });
    const { page, problems, load, close } = await openWatchedPage(browser);
    try {
      await load(`${hydrating.url}/ssr.html`);
      const state = await page.evaluate(() => ({
        react: (window as unknown as { __reactVersion: string }).__reactVersion,
        recoverable: (window as unknown as { __recoverableErrors: string[] }).__recoverableErrors,
      }));
      expect(state.react).toMatch(/^18\./);
      // Development React is what reports attribute mismatches; make sure that is the build being tested.
      expect(await page.evaluate(async () => (await (await fetch(document.querySelector("script[type=module]")!.getAttribute("src")!)).text()).includes("did not match"))).toBe(true);
      expect({ recoverable: state.recoverable, console: problems }).toEqual({ recoverable: [], console: [] });
      for (const title of [content.venn.title, content.timeline.title, content.comparison.title]) {
        expect(await page.getByRole("figure", { name: title, exact: true }).isVisible(), title).toBe(true);
      }
    } finally {
      await close();
      await hydrating.close();
    }
  });
});
