// The plugin in a plain Markdown pipeline (remark-parse, remark-rehype, rehype-stringify), its HTML opened in Chromium.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright";
import { parse } from "yaml";
import { KIND_NAMES } from "../../src/kinds";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import quadrantFixture from "../../stories/fixtures/quadrant-chart.json";
import statFixture from "../../stories/fixtures/stat-callouts.json";
import bars from "../../stories/fixtures/bar-comparison.json";
import raci from "../../stories/fixtures/raci-matrix.json";
import cycleFixture from "../../stories/fixtures/cycle-diagram.json";
import { KIND_EXAMPLES, labelsOf } from "../kinds/examples";
import { launchBrowser, pageWith } from "./chromium-page";
import { everyKindArticle, fencedBlock, markdownToHtml } from "./pipelines";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Text as compared: no whitespace, so that wrapping (and a hyphen at a line break) does not matter. */
const joined = (text: string) => text.replace(/-\s|\s/g, "");

/** What a figure says to a reader: its text and the names of its groups, leaving out the JSON kept for the embed script. */
function textOutsideScripts(figure: Element): string {
  const copy = figure.cloneNode(true) as Element;
  copy.querySelectorAll("script, style").forEach((element) => element.remove());
  const names = Array.from(copy.querySelectorAll("[aria-label]"), (element) => element.getAttribute("aria-label"));
  return `${copy.textContent} ${names.join(" ")}`;
}

const titleOf = (kind: string) => KIND_EXAMPLES[kind as keyof typeof KIND_EXAMPLES]!.title as string;

describe("a Markdown article with a block of every kind", { timeout: 60_000 }, () => {
  it("becomes an HTML page with every figure complete while JavaScript is off, and axe finds nothing", async () => {
    const file = await markdownToHtml(everyKindArticle());
    expect(file.messages.map(String)).toEqual([]);
    const off = await pageWith(browser, String(file), { javaScriptEnabled: false });
    expect(await off.locator("pre").count()).toBe(0);
    for (const kind of KIND_NAMES) {
      const figure = off.getByRole("figure", { name: titleOf(kind), exact: true });
      expect(await figure.isVisible(), kind).toBe(true);
      const text = joined(await figure.evaluate(textOutsideScripts));
      const missing = labelsOf(KIND_EXAMPLES[kind]).filter((label) => !text.includes(joined(label)));
      expect(missing, kind).toEqual([]);
    }
    await off.context().close();
    const page = await pageWith(browser, String(file), { javaScriptEnabled: true });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.context().close();
  });

  it("carries each block's content for the embed script, as the static renderer writes it", async () => {
    const html = String(await markdownToHtml(everyKindArticle()));
    const scripts = [...html.matchAll(/<script type="application\/json" data-ri-content="">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as { kind: string; props: unknown });
    expect(scripts).toEqual(KIND_NAMES.map((kind) => ({ kind, props: KIND_EXAMPLES[kind] })));
  });
});

describe("the plugin's options, in a Markdown pipeline", () => {
  const venn = fencedBlock("venn-diagram", KIND_EXAMPLES["venn-diagram"], "yaml");
  const table = fencedBlock("comparison-table", KIND_EXAMPLES["comparison-table"], "json");

  it("leaves code blocks in other languages as code", async () => {
    const html = String(await markdownToHtml(`${venn}\n\n\`\`\`json\n{ "title": "not a figure" }\n\`\`\`\n\n\`\`\`\nplain\n\`\`\`\n`));
    expect(html.match(/<figure/g)).toHaveLength(1);
    expect(html).toContain('<pre><code class="language-json">{ "title": "not a figure" }');
    expect(html).toContain("<pre><code>plain");
  });

  it("turns only the kinds it is told to accept", async () => {
    const html = String(await markdownToHtml(`${venn}\n\n${table}\n`, { kinds: ["comparison-table"] }));
    expect(html.match(/<figure/g)).toHaveLength(1);
    expect(html).toContain(titleOf("comparison-table"));
    expect(html).toContain('<pre><code class="language-venn-diagram">');
  });

  it("refuses a kind name it does not know in its options, naming the known ones", () => {
    // unified sets plugins up when processing starts, before any file is read.
    expect(() => markdownToHtml(venn, { kinds: ["venn"] })).toThrow(/unknown kind "venn" in options.kinds; known kinds: venn-diagram, /);
  });

  it("gives blocks without a theme the default theme, and keeps a block's own", async () => {
    const own = fencedBlock("venn-diagram", { ...KIND_EXAMPLES["venn-diagram"], theme: "light" }, "yaml");
    const html = String(await markdownToHtml(`${venn}\n\n${own}\n`, { theme: "dark" }));
    expect([...html.matchAll(/<figure class="ri-figure[^"]*" data-theme="(\w+)"/g)].map((m) => m[1])).toEqual(["dark", "light"]);
  });

  it("with onError warn, reports the problem and puts the component's error figure in the page", async () => {
    const bad = "```venn-diagram\ntitle: Roles\nsets:\n  - id: a\n    label: A\n  - id: a\n    label: B\n```\n";
    const file = await markdownToHtml(`Before.\n\n${bad}\nAfter.\n`, { onError: "warn" });
    expect(file.messages.map(String)).toEqual(['post.md:8:5: sets[1].id: duplicate id "a"']);
    expect(file.messages[0]!.fatal).toBe(false);
    const page = await pageWith(browser, String(file), { javaScriptEnabled: false });
    const figure = page.getByRole("figure", { name: "Roles" });
    expect(await figure.innerText()).toMatch(/could not be drawn[\s\S]*sets\[1\]\.id: duplicate id "a"/);
    expect(await page.getByText("After.").isVisible()).toBe(true);
    await page.context().close();
  });

  it("with onError fail (the default), stops the build at the offending key", async () => {
    const bad = "```venn-diagram\ntitle: Roles\nsets:\n  - id: a\n    label: A\n  - id: a\n    label: B\n```\n";
    await expect(markdownToHtml(`Before.\n\n${bad}`)).rejects.toMatchObject({ line: 8, column: 5, reason: 'sets[1].id: duplicate id "a"', fatal: true });
  });
});

describe("the examples in the docs", () => {
  it.each([["README.md"], ["stories/guides/WritingInMarkdown.mdx"]])("%s: its example block renders as a figure with no message", async (doc) => {
    const text = readFileSync(new URL(`../../${doc}`, import.meta.url), "utf8");
    const example = /^````md\n([\s\S]*?)^````/m.exec(text)![1]!;
    const file = await markdownToHtml(example);
    expect(file.messages).toEqual([]);
    expect(String(file).match(/<figure /g)).toHaveLength(1);
  });
});

describe("the showcase article as Markdown (stories/showcase/article.md)", () => {
  const markdown = readFileSync(new URL("../../stories/showcase/article.md", import.meta.url), "utf8");

  it("holds the reference content in its blocks", () => {
    const blocks = [...markdown.matchAll(/```([\w-]+)\n([\s\S]*?)```/g)].map((m) => [m[1], parse(m[2]!)]);
    expect(blocks).toEqual([
      ["venn-diagram", fixture.venn],
      ["lifecycle-timeline", fixture.timeline],
      ["stat-callouts", statFixture.reference],
      ["cycle-diagram", cycleFixture.reference],
      ["comparison-table", fixture.comparison],
      ["quadrant-chart", quadrantFixture.backlog],
      ["bar-comparison", bars.salaries],
      ["raci-matrix", raci],
    ]);
  });

  it("renders through the plugin as the article with its four figures and no message", async () => {
    const file = await markdownToHtml(markdown, {}, "article.md");
    expect(file.messages).toEqual([]);
    const page = await pageWith(browser, String(file), { javaScriptEnabled: false });
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Product manager or project manager?");
    for (const title of [fixture.venn.title, fixture.timeline.title, statFixture.reference.title, fixture.comparison.title, quadrantFixture.backlog.title, bars.salaries.title, raci.title, cycleFixture.reference.title]) {
      expect(await page.getByRole("figure", { name: title, exact: true }).isVisible(), title).toBe(true);
    }
    await page.context().close();
  });
});
