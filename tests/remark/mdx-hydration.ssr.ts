// An MDX page as a React site ships it: the article compiled by @mdx-js/mdx with the plugin, bundled by Vite for
// the server and for the browser (the package resolved to its sources), rendered to HTML in Node, then hydrated in
// Chromium by development React, which reports any mismatch between server HTML and client render.
import { compile } from "@mdx-js/mdx";
import react from "@vitejs/plugin-react";
import { JSDOM } from "jsdom";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright";
import { build, type InlineConfig } from "vite";
import { VFile } from "vfile";
import { KIND_NAMES } from "../../src/kinds";
import remarkInfographics from "../../src/remark";
import { openWatchedPage, serveStatic } from "../consumer/harness";
import { KIND_EXAMPLES } from "../kinds/examples";
import { launchBrowser } from "./chromium-page";
import { everyKindArticle } from "./pipelines";

const root = resolve(import.meta.dirname, "../..");
let dir = "";
let browser: Browser;
let serverHtml = "";
let pageShell = "";

/** The same tree on both sides: the MDX content, then a marker that tells the test React has committed. */
const appModule = `import { createElement, Fragment, useEffect } from "react";
import Content from "./content.js";
function Ready() { useEffect(() => { document.body.dataset.ready = "true"; }, []); return null; }
export const App = () => createElement(Fragment, null, createElement(Content), createElement(Ready));
`;
const serverModule = `import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./app.js";
export const render = () => renderToString(createElement(App));
`;
const clientModule = `import { createElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { App } from "./app.js";
window.__recoverableErrors = [];
hydrateRoot(document.getElementById("root"), createElement(App), {
  onRecoverableError: (error) => window.__recoverableErrors.push(String(error && error.message ? error.message : error)),
});
`;
const shell = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MDX article</title></head>
<body><main id="root"><!--ssr--></main><script type="module" src="./client.js"></script></body></html>`;

/** Vite settings shared by both builds: `react-infographics` is this repository's source. */
const common = (): InlineConfig => ({
  root: dir,
  configFile: false,
  logLevel: "silent",
  plugins: [react()],
  resolve: { alias: { "react-infographics": join(root, "src/index.ts") } },
});

beforeAll(async () => {
  // Inside the repository, so that the bundles resolve react and react-dom from its node_modules.
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  dir = mkdtempSync(join(root, "node_modules/.cache/ri-mdx-"));
  const compiled = await compile(new VFile({ path: "article.mdx", value: `export const note = "compiled as MDX";\n\n${everyKindArticle()}` }), {
    remarkPlugins: [remarkInfographics],
  });
  const files = { "content.js": String(compiled), "app.js": appModule, "server.js": serverModule, "client.js": clientModule, "index.html": shell };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  await build({ ...common(), build: { ssr: join(dir, "server.js"), outDir: join(dir, "out-server"), minify: false } });
  await build({
    ...common(),
    mode: "development",
    define: { "process.env.NODE_ENV": JSON.stringify("development") },
    build: { outDir: join(dir, "out-client"), minify: false, rolldownOptions: { input: join(dir, "index.html") } },
  });
  const server = (await import(join(dir, "out-server/server.js"))) as { render: () => string };
  serverHtml = server.render();
  pageShell = readFileSync(join(dir, "out-client/index.html"), "utf8");
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Hydrates the given server HTML in Chromium; returns what React and the console reported. */
async function hydrate(html: string) {
  const site = await serveStatic(join(dir, "out-client"), { "/ssr.html": pageShell.replace("<!--ssr-->", () => html) });
  const { page, problems, load, close } = await openWatchedPage(browser);
  try {
    await load(`${site.url}/ssr.html`);
    const recoverable = await page.evaluate(() => (window as unknown as { __recoverableErrors: string[] }).__recoverableErrors);
    const figures = await page.locator("main figure").count();
    return { recoverable, console: problems, figures };
  } finally {
    await close();
    await site.close();
  }
}

describe("an MDX article with a block of every kind", { timeout: 60_000 }, () => {
  it("renders every infographic on the server", () => {
    const document = new JSDOM(serverHtml).window.document;
    const titles = Array.from(document.querySelectorAll("figure"), (figure) => document.getElementById(figure.getAttribute("aria-labelledby")!)?.textContent);
    expect(titles).toEqual(KIND_NAMES.map((kind) => KIND_EXAMPLES[kind]!.title));
    expect(document.querySelector("pre")).toBeNull();
  });

  it("hydrates in Chromium with no mismatch and nothing in the console", async () => {
    expect(await hydrate(serverHtml)).toEqual({ recoverable: [], console: [], figures: KIND_NAMES.length });
  });

  it("is a check that can fail: server HTML edited after rendering is reported", async () => {
    const tampered = serverHtml.replace("<h1>", '<h1><span data-tampered="">Edited</span>');
    expect(tampered).not.toBe(serverHtml);
    const { recoverable, console } = await hydrate(tampered);
    expect([...recoverable, ...console].join("\n")).toMatch(/hydrat/i);
  });
});
