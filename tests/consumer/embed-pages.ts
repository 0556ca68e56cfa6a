// Plain HTML pages for the embed tests: an article with its own styles, static figures from renderToHTML, and the
// built embed script loaded by one module script tag from the unpacked tarball. No build step, no React on the page.
import type { Browser, Page } from "playwright";
import { renderToHTML } from "../../src/static";
import { openWatchedPage } from "./harness";

/** Where the page finds the embed script: the unpacked package, served as files. */
export const EMBED_PATH = "/node_modules/react-infographics/dist/embed/embed.js";

/** The host page's own look, which the embed script must leave alone. */
const HOST_CSS = `
  body { margin: 0 auto; max-width: 720px; font: 17px/1.6 Georgia, serif; color: rgb(34, 34, 34); background: rgb(250, 248, 240); }
  h1 { font-size: 32px; letter-spacing: 1px; color: rgb(120, 20, 20); }
  p { margin: 0 0 24px; }
  a { color: rgb(0, 90, 160); text-decoration: underline dotted; }
  button { font: inherit; padding: 4px 12px; }
`;

/** The static HTML snippet of a kind's content, as the CLI or renderToHTML writes it. */
export const snippet = (kind: string, props: unknown) => renderToHTML(kind, props, { theme: "light" });

/** A whole article around the given figures; `scripts` defaults to the one embed script tag. */
export function article(figures: string, scripts = `<script type="module" src="${EMBED_PATH}"></script>`): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title><style>${HOST_CSS}</style>${scripts}</head>
<body><h1>Roles, explained</h1><p>Who does what, with a <a href="#more">link</a>.</p><button type="button">Before</button>
${figures}
<p id="more">The end of the article.</p></body></html>`;
}

/** Waits until `count` embedded figures have settled (hydrated, rendered, an error figure, or kept static). */
export async function waitForSettled(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll("ri-infographic[data-ri-state]").length >= n, count, { timeout: 15_000 });
}

/** The settled state of every embedded figure, in page order. */
export const states = (page: Page) => page.$$eval("ri-infographic", (hosts) => hosts.map((host) => host.getAttribute("data-ri-state")));

/** Opens a page that records console problems and every script it requests, with the browser's JavaScript on or off. */
export async function openArticle(browser: Browser, url: string, options: { javaScriptEnabled?: boolean } = {}) {
  if (options.javaScriptEnabled === false) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    return { page, problems: [] as string[], scripts: [] as string[], close: () => context.close() };
  }
  const watched = await openWatchedPage(browser);
  const scripts: string[] = [];
  watched.page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname.split("/").at(-1) ?? "");
  });
  await watched.page.goto(url);
  return { page: watched.page, problems: watched.problems, scripts, close: watched.close };
}

/** Computed styles of the host page's own elements (not the figures), for a before/after comparison. */
export const hostStyles = (page: Page) =>
  page.evaluate(() => {
    const properties = ["color", "background-color", "font-family", "font-size", "line-height", "margin-top", "margin-bottom", "letter-spacing", "text-decoration-style", "padding-left", "max-width"];
    return ["html", "body", "h1", "p", "a", "button", "#more"].map((selector) => {
      const style = getComputedStyle(document.querySelector(selector)!);
      return [selector, Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]))];
    });
  });

/** Ids named by aria-labelledby, aria-describedby or aria-controls inside the figures that no element has, and ids used twice. */
export const brokenIdReferences = (page: Page) =>
  page.evaluate(() => {
    const names = ["aria-labelledby", "aria-describedby", "aria-controls"];
    const dangling = [...document.querySelectorAll("figure *, figure")].flatMap((element) =>
      names.flatMap((name) => (element.getAttribute(name) ?? "").split(/\s+/).filter(Boolean)).filter((id) => !document.getElementById(id)),
    );
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    return { dangling, duplicated: [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))] };
  });
