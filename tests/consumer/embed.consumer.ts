// react-infographics/embed on a plain HTML page with no build step and no React: the static figures from
// renderToHTML, then one script tag importing the built file from the unpacked tarball, in Chromium.
import { cpSync } from "node:fs";
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsumerProject, launchChromium, readContent, serveStatic, type ConsumerProject } from "./harness";
import { KIND_NAMES } from "../../src/kinds";
import { KIND_EXAMPLES } from "../kinds/examples";
import { transparentTexts } from "./harness";
import { article, brokenIdReferences, EMBED_PATH, hostStyles, openArticle, snippet, states, waitForSettled } from "./embed-pages";

const content = readContent();
let project: ConsumerProject;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const pages: Record<string, string> = {};

/** Every script file name a page loaded, kinds and motion recognised by their chunk names. */
const chunkOf = (file: string) => file.replace(/-[\w-]{8}\.js$/, "");

beforeAll(async () => {
  project = createConsumerProject("embed");
  // The same folder copied to a second place, as a site might do: two copies of the script on one page.
  cpSync(project.path("node_modules/react-infographics/dist/embed"), project.path("copy/embed"), { recursive: true });
  const venn = await snippet("venn-diagram", content.venn);
  const timeline = await snippet("lifecycle-timeline", content.timeline);
  const table = await snippet("comparison-table", content.comparison);
  const shiftWatch = `<script>window.__shifts = []; new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: "layout-shift", buffered: true });</script>`;
  Object.assign(pages, {
    "/venn.html": article(venn),
    "/venn-watched.html": article(venn, `${shiftWatch}<script type="module" src="${EMBED_PATH}"></script>`),
    "/venn-no-script.html": article(venn, ""),
    "/two-kinds.html": article(`${venn}\n${timeline}`),
    "/twice.html": article(venn, `<script type="module" src="${EMBED_PATH}"></script><script type="module" src="/copy/embed/embed.js"></script>`),
    "/broken.html": article(`${venn.replace(/data-ri-content="">\{/, 'data-ri-content="">{,')}\n${timeline}`),
    "/invalid-and-unknown.html": article(
      `${timeline.replace(/"stages":\[/, '"stages":[{"id":"x"},')}\n<ri-infographic><script type="application/json">{"kind":"pie-chart","props":{}}</script></ri-infographic>\n${venn}`,
    ),
    "/below-the-fold.html": article(`<div style="height: 1600px"></div>${table}`),
    "/empty.html": article(""),
  });
  for (const kind of KIND_NAMES) pages[`/kind-${kind}.html`] = article(await snippet(kind, KIND_EXAMPLES[kind]));
  [server, browser] = await Promise.all([serveStatic(project.dir, pages), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.remove();
});

describe("a static Venn diagram on a plain page", () => {
  it("is the complete picture with JavaScript off: every label there, none transparent", async () => {
    const { page, close } = await openArticle(browser, `${server.url}/venn.html`, { javaScriptEnabled: false });
    try {
      const text = await page.locator("figure").innerText();
      for (const label of [content.venn.title, ...content.venn.sets.map((set) => set.label)]) expect(text).toContain(label);
      expect(await page.getByRole("figure", { name: content.venn.title }).isVisible()).toBe(true);
      expect(await transparentTexts(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("is upgraded in place with JavaScript on: one figure, no layout shift, the same pixels, nothing in the console", async () => {
    const still = await openArticle(browser, `${server.url}/venn.html`, { javaScriptEnabled: false });
    const before = await still.page.locator("figure").screenshot();
    await still.close();
    const { page, problems, close } = await openArticle(browser, `${server.url}/venn-watched.html`);
    try {
      await waitForSettled(page, 1);
      expect(await states(page)).toEqual(["hydrated"]);
      expect(await page.locator("figure").count()).toBe(1);
      expect(await page.locator("figure script").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
      expect((await page.locator("figure").screenshot()).equals(before), "the figure looks different once upgraded").toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("takes Tab, moves with the arrow keys and follows the pointer once upgraded, keeping every id reference whole", async () => {
    const { page, problems, close } = await openArticle(browser, `${server.url}/venn.html`);
    try {
      await waitForSettled(page, 1);
      await page.getByRole("button", { name: "Before" }).focus();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("figure") !== null)).toBe(true);
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Company goals");
      // Hover does what focus does: the region under the pointer becomes the active one.
      const hovered = page.getByRole("list", { name: `${content.venn.sets[1]!.label} only` });
      await hovered.getByRole("listitem").first().hover();
      await expect.poll(() => hovered.getAttribute("data-state")).toBe("active");
      expect(await brokenIdReferences(page)).toEqual({ dangling: [], duplicated: [] });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("loads only the entry and the Venn's chunks: no other kind, no motion code while nothing animates", async () => {
    const { page, problems, scripts, close } = await openArticle(browser, `${server.url}/venn.html`);
    try {
      await waitForSettled(page, 1);
      const chunks = [...new Set(scripts.map(chunkOf))].sort();
      expect(chunks.filter((chunk) => chunk !== "shared")).toEqual(["embed.js", "venn"]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("leaves the page's own styles, head and globals as they were", async () => {
    const bare = await openArticle(browser, `${server.url}/venn-no-script.html`);
    const styles = await hostStyles(bare.page);
    const globals = await bare.page.evaluate(() => Object.keys(window).sort());
    const head = await bare.page.evaluate(() => document.head.innerHTML.replace(/<script[^>]*><\/script>/g, ""));
    await bare.close();
    const { page, problems, close } = await openArticle(browser, `${server.url}/venn.html`);
    try {
      await waitForSettled(page, 1);
      expect(await hostStyles(page)).toEqual(styles);
      expect(await page.evaluate(() => Object.keys(window).sort())).toEqual(globals);
      expect(await page.evaluate(() => document.head.innerHTML.replace(/<script[^>]*><\/script>/g, ""))).toBe(head);
      expect(await page.evaluate(() => typeof customElements.get("ri-infographic"))).toBe("function");
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("upgrades once when the script is loaded twice from two places", async () => {
    const { page, problems, close } = await openArticle(browser, `${server.url}/twice.html`);
    try {
      await waitForSettled(page, 1);
      await page.getByRole("button", { name: "Before" }).focus();
      await page.keyboard.press("Tab");
      await page.keyboard.press("ArrowRight");
      expect(await page.evaluate(() => document.activeElement?.closest("figure") !== null)).toBe(true);
      expect(await states(page)).toEqual(["hydrated"]);
      expect(await page.locator("ri-infographic ri-infographic").count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("every kind in the registry", () => {
  it.for(KIND_NAMES.map((kind) => [kind] as const))("upgrades a %s alone on a page, loading one kind chunk and no motion code", async ([kind]) => {
    const { page, problems, scripts, close } = await openArticle(browser, `${server.url}/kind-${kind}.html`);
    try {
      await waitForSettled(page, 1);
      expect(await states(page)).toEqual(["hydrated"]);
      const loaded = [...new Set(scripts.map(chunkOf))].filter((chunk) => chunk !== "shared" && chunk !== "embed.js");
      expect(loaded, "one chunk for the kind, nothing else but shared chunks").toHaveLength(1);
      expect(loaded).not.toContain("motion");
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("several figures on one page", () => {
  it("upgrades two figures of different kinds, each loading its own chunk and not the third kind's", async () => {
    const { page, problems, scripts, close } = await openArticle(browser, `${server.url}/two-kinds.html`);
    try {
      await waitForSettled(page, 2);
      expect(await states(page)).toEqual(["hydrated", "hydrated"]);
      const chunks = [...new Set(scripts.map(chunkOf))].filter((chunk) => chunk !== "shared").sort();
      expect(chunks).toEqual(["embed.js", "lifecycle-timeline", "venn"]);
      // The timeline is interactive: choosing another stage makes it the current one.
      const stage = page.getByRole("button", { name: new RegExp(content.timeline.stages[1]!.label) }).filter({ visible: true }).first();
      await stage.focus();
      await page.keyboard.press("Enter");
      expect(await stage.getAttribute("aria-current")).toBe("step");
      expect(await brokenIdReferences(page)).toEqual({ dangling: [], duplicated: [] });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("upgrades figures inserted after load: a bare static snippet, one inside <ri-infographic>, and JSON alone", async () => {
    const { page, problems, close } = await openArticle(browser, `${server.url}/empty.html`);
    try {
      await page.waitForFunction(() => customElements.get("ri-infographic") !== undefined);
      const [venn, timeline] = await Promise.all([snippet("venn-diagram", content.venn), snippet("lifecycle-timeline", content.timeline)]);
      const json = JSON.stringify({ kind: "comparison-table", props: content.comparison }).replace(/</g, "\\u003c");
      await page.evaluate(
        ([bare, wrapped, data]) => {
          document.body.insertAdjacentHTML("beforeend", bare!);
          document.body.insertAdjacentHTML("beforeend", `<ri-infographic>${wrapped}</ri-infographic>`);
          document.body.insertAdjacentHTML("beforeend", `<ri-infographic><script type="application/json">${data}</script></ri-infographic>`);
        },
        [venn, timeline, json],
      );
      await waitForSettled(page, 3);
      expect(await states(page)).toEqual(["hydrated", "hydrated", "rendered"]);
      for (const title of [content.venn.title, content.timeline.title, content.comparison.title]) {
        expect(await page.getByRole("figure", { name: title }).isVisible(), title).toBe(true);
      }
      expect(await page.getByRole("table").first().textContent()).toContain(content.comparison.columns[0]!.label);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("draws a figure again, on the client, when its element is taken out of the page and put back", async () => {
    const { page, problems, close } = await openArticle(browser, `${server.url}/venn.html`);
    try {
      await waitForSettled(page, 1);
      await page.evaluate(() => {
        const host = document.querySelector("ri-infographic")!;
        (window as unknown as { __taken: Element }).__taken = host;
        host.remove();
      });
      await page.waitForFunction(() => !(window as unknown as { __taken: Element }).__taken.hasAttribute("data-ri-state"));
      expect(await page.locator("figure").count()).toBe(0);
      await page.evaluate(() => document.body.append((window as unknown as { __taken: Element }).__taken));
      await waitForSettled(page, 1);
      expect(await states(page)).toEqual(["rendered"]);
      expect(await page.getByRole("figure", { name: content.venn.title }).isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("failures stay inside their figure", () => {
  it("shows an error figure for unparseable JSON, logs path: message, and still upgrades its neighbour", async () => {
    const { page, problems, close } = await openArticle(browser, `${server.url}/broken.html`);
    try {
      await waitForSettled(page, 2);
      expect(await states(page)).toEqual(["error", "hydrated"]);
      const error = page.locator("ri-infographic").first();
      expect(await error.innerText()).toMatch(/could not be drawn[\s\S]*\(json\): .*JSON/);
      expect(problems).toEqual([expect.stringMatching(/^console\.error: \[react-infographics\] <ri-infographic> cannot be drawn: \(json\): .*JSON/)]);
    } finally {
      await close();
    }
  });

  it("shows the component's error figure for invalid props and the known kinds for an unknown one; the good figure still upgrades", async () => {
    const { page, problems, close } = await openArticle(browser, `${server.url}/invalid-and-unknown.html`);
    try {
      await waitForSettled(page, 3);
      expect(await states(page)).toEqual(["error", "error", "hydrated"]);
      const [invalid, unknown] = [page.locator("ri-infographic").nth(0), page.locator("ri-infographic").nth(1)];
      expect(await invalid.innerText()).toMatch(/LifecycleTimeline received content it cannot use[\s\S]*stages\[0\]/);
      expect(await unknown.innerText()).toMatch(/kind: unknown infographic kind "pie-chart"; known kinds: venn-diagram, lifecycle-timeline, comparison-table/);
      expect(problems).toHaveLength(2);
      expect(problems.join("\n")).toMatch(/<LifecycleTimeline> cannot be drawn: stages\[0\]\.\w+: /);
      expect(problems.join("\n")).toMatch(/<ri-infographic> cannot be drawn: kind: unknown infographic kind "pie-chart"/);
    } finally {
      await close();
    }
  });

  it("keeps the complete static figure when the kind's code cannot be loaded, and throws nothing at the page", async () => {
    const { page, problems, close } = await openArticle(browser, "about:blank");
    try {
      await page.route(/\/venn-[\w-]+\.js$/, (route) => route.abort());
      await page.goto(`${server.url}/venn.html`);
      await waitForSettled(page, 1);
      expect(await states(page)).toEqual(["static"]);
      expect(await page.getByRole("figure", { name: content.venn.title }).isVisible()).toBe(true);
      // The aborted request itself is reported by the browser; what matters is what the script says and does.
      expect(problems.filter((problem) => !/request failed|Failed to load resource/.test(problem))).toEqual([
        expect.stringMatching(/^console\.error: \[react-infographics\] <ri-infographic> kind: .*the static figure stays as it is$/),
      ]);
    } finally {
      await close();
    }
  });

  it("is a check that can fail: static markup edited after rendering is reported as drawn again", async () => {
    const venn = await snippet("venn-diagram", content.venn);
    const edited = venn.replace(`>${content.venn.title}<`, ">Edited after rendering<");
    expect(edited).not.toBe(venn);
    pages["/edited.html"] = article(edited);
    const { page, problems, close } = await openArticle(browser, `${server.url}/edited.html`);
    try {
      await waitForSettled(page, 1);
      expect(problems.join("\n")).toMatch(/<ri-infographic> was drawn again on the client/);
    } finally {
      await close();
    }
  });
});

describe("the entrance animation", () => {
  it("plays for a figure that comes into view after the upgrade, loading the motion code only then", async () => {
    const { page, problems, scripts, close } = await openArticle(browser, `${server.url}/below-the-fold.html`);
    try {
      await waitForSettled(page, 1);
      // Below the fold: hidden, waiting to come into view, and the motion code not loaded yet.
      expect(await page.locator("figure [data-ri-enter]").first().evaluate((element) => getComputedStyle(element).opacity)).toBe("0");
      expect(await page.locator("figure").getAttribute("data-ri-entrance")).toBeNull();
      expect(scripts.map(chunkOf)).not.toContain("motion");
      await page.locator("figure").scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelector("figure")?.getAttribute("data-ri-entrance") === "done", undefined, { timeout: 15_000 });
      expect(scripts.map(chunkOf)).toContain("motion");
      expect(await transparentTexts(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
