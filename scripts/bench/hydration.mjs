// Hydration figures of the floor benchmark: the showcase's three infographics and the same content as plain
// markup, each rendered to HTML in Node, bundled with Vite (production, minified) and hydrated in Chromium at 4x CPU
// throttling (Chrome DevTools Protocol). Hydration time is the main thread's busy time (CDP TaskDuration) from
// `hydrateRoot` until the page is quiet, which includes the effects that run after hydration (text measuring, a
// second layout); long tasks over 50 ms come from a PerformanceObserver. Motion is reduced so that no entrance
// animation runs: animation frames are motion, not hydration.
// Two diagnostics split the library's figure: its own server HTML hydrated as a static element tree (what React alone
// needs for that much DOM, as in markup-tree.mjs), and the library page with ResizeObserver taken away, so that no
// figure is laid out again for its measured width.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { chromium } from "playwright";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { build } from "vite";
import { chromiumArgs, findChromium } from "../chromium-path.mjs";
import { reference } from "./contents.mjs";
import { FloorTable, FloorTimeline, FloorVenn } from "./floor-markup.mjs";
import { markupComponent } from "./markup-tree.mjs";
import { median } from "./stats.mjs";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist/index.js");
const QUIET_MS = 1500;
/** The reference content of each of the three parts, in page order. */
const CONTENT = ["venn", "timeline", "comparison"];

/** The page's app: the three pieces of content in an article column, from the library, the floor or our static HTML. */
const appSource = (imports) => `
import { createElement as h } from "react";
import { hydrateRoot } from "react-dom/client";
import content from "./content.json";
${imports}
const App = () => h("article", { style: { maxWidth: 680, margin: "0 auto" } }, h(Venn, content.venn), h(Timeline, content.timeline), h(Table, content.comparison));
window.__App = App;
window.__hydrate = () => {
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
  const start = performance.now();
  // A mismatch would make React draw the page again on the client, and the figures would measure that instead.
  hydrateRoot(document.getElementById("root"), h(App), { onRecoverableError: (error) => (window.__mismatch = String(error)) });
  return new Promise((done) => setTimeout(() => done({ start, longTasks }), ${QUIET_MS}));
};
`;

const PAGES = {
  library: `import { VennDiagram as Venn, LifecycleTimeline as Timeline, ComparisonTable as Table } from "react-infographics";`,
  floor: `import { FloorVenn as Venn, FloorTimeline as Timeline, FloorTable as Table } from ${JSON.stringify(join(import.meta.dirname, "floor-markup.mjs"))};`,
  markup: `import { markupComponent } from ${JSON.stringify(join(import.meta.dirname, "markup-tree.mjs"))};
import markup from "./markup.json";
const [Venn, Timeline, Table] = markup.map(markupComponent);`,
};

/** Bundles the pages into `dir` and writes their HTML with the server render inside. */
async function preparePages(dir) {
  const library = await import(dist);
  const components = [library.VennDiagram, library.LifecycleTimeline, library.ComparisonTable];
  const markup = components.map((component, i) => renderToString(createElement(component, reference[CONTENT[i]])));
  const parts = { library: components, floor: [FloorVenn, FloorTimeline, FloorTable], markup: markup.map(markupComponent) };
  writeFileSync(join(dir, "content.json"), JSON.stringify(reference));
  writeFileSync(join(dir, "markup.json"), JSON.stringify(markup));
  for (const [page, imports] of Object.entries(PAGES)) {
    writeFileSync(join(dir, `${page}.js`), appSource(imports));
    const [Venn, Timeline, Table] = parts[page];
    const tree = createElement("article", { style: { maxWidth: 680, margin: "0 auto" } }, ...[Venn, Timeline, Table].map((part, i) => createElement(part, reference[CONTENT[i]])));
    const html = renderToString(tree);
    writeFileSync(join(dir, `${page}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page}</title></head><body style="font-family: Arial, sans-serif"><div id="root">${html}</div><script type="module" src="./out/${page}.js"></script></body></html>`);
  }
  await build({
    configFile: false,
    logLevel: "silent",
    root: dir,
    mode: "production",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    resolve: { alias: { "react-infographics": dist } },
    build: {
      outDir: join(dir, "out"),
      minify: true,
      modulePreload: false,
      rolldownOptions: { input: Object.fromEntries(Object.keys(PAGES).map((page) => [page, join(dir, `${page}.js`)])), output: { format: "es", entryFileNames: "[name].js" } },
    },
  });
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };

/** Serves `dir` on a loopback port; resolves to the server once it listens. */
function serve(dir) {
  const server = createServer((request, response) => {
    try {
      const path = join(dir, decodeURIComponent(new URL(request.url, "http://loopback").pathname));
      const body = readFileSync(path);
      response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((ready) => server.listen(0, "127.0.0.1", () => ready(server)));
}

/**
 * One hydration of `page` at `rate`x CPU throttling: main-thread busy ms and long tasks (ms each). `unmeasured`
 * takes ResizeObserver away first, so that no figure learns its width and lays itself out again.
 */
async function hydrateOnce(browser, origin, page, rate, unmeasured = false) {
  const context = await browser.newContext({ viewport: { width: 760, height: 900 }, reducedMotion: "reduce" });
  const tab = await context.newPage();
  try {
    await tab.goto(`${origin}/${page}.html`, { waitUntil: "load" });
    await tab.waitForFunction(() => typeof window.__hydrate === "function");
    if (unmeasured) await tab.evaluate(() => delete window.ResizeObserver);
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Performance.enable");
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    const busy = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value * 1000;
    const before = await busy();
    const { longTasks } = await tab.evaluate(() => window.__hydrate());
    const after = await busy();
    const errors = await tab.evaluate(() => document.querySelectorAll(".ri-error").length);
    const mismatch = await tab.evaluate(() => window.__mismatch);
    if (mismatch) throw new Error(`${page} page did not hydrate cleanly: ${mismatch}`);
    return { busy: after - before, longTasks, errors };
  } finally {
    await context.close();
  }
}

/**
 * Hydration of the library page and the floor page, `runs` times each in turn: medians and every long task; and the
 * two diagnostics (`markup`, `unmeasured`), medians only.
 */
export async function hydration({ runs = 5, rate = 4 } = {}) {
  const executablePath = findChromium();
  if (!executablePath) return { skipped: "Chromium not found (set CHROMIUM_PATH)" };
  // Inside the repository, so that the page's imports of React resolve to its node_modules.
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  const dir = mkdtempSync(join(root, "node_modules/.cache/ri-hydrate-"));
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    await preparePages(dir);
    const origin = `http://127.0.0.1:${server.address().port}`;
    const variants = { library: ["library"], floor: ["floor"], markup: ["markup"], unmeasured: ["library", true] };
    const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
    const longTasks = { library: [], floor: [] };
    await hydrateOnce(browser, origin, "library", rate); // warms the browser's caches; not counted
    for (let i = 0; i < runs; i++) {
      for (const [name, [page, unmeasured]] of Object.entries(variants)) {
        const run = await hydrateOnce(browser, origin, page, rate, unmeasured);
        if (run.errors > 0) throw new Error(`${page} page drew an error figure`);
        samples[name].push(run.busy);
        longTasks[name]?.push(...run.longTasks);
      }
    }
    const medians = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
    return { rate, runs, ...medians, longTasks };
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
