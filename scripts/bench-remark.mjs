// How much the remark plugin adds to a remark run on a long article: 2,000 lines of Markdown holding 20 fenced
// blocks, processed with and without the plugin; prints the median of several runs of each. Target: under 100 ms
// added. A benchmark, not a test: run it on a quiet machine (`npm run build` first).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { stringify } from "yaml";

const root = resolve(import.meta.dirname, "..");
if (!existsSync(join(root, "dist/remark.js"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const { default: remarkInfographics } = await import(join(root, "dist/remark.js"));
const { KIND_NAMES, loadKind } = await import(join(root, "dist/kinds.js"));

const LINES = 2000;
const BLOCKS = 20;
const RUNS = 15;

/** The reference content of each kind, matched to its kind by the kind's own validator, so no kind is named here. */
async function contentByKind() {
  const fixture = JSON.parse(readFileSync(join(root, "stories/fixtures/product-vs-project-manager.json"), "utf8"));
  const kinds = await Promise.all(KIND_NAMES.map(loadKind));
  const entries = Object.values(fixture).filter((value) => value && typeof value === "object");
  return kinds.map((kind) => [kind.name, entries.find((entry) => kind.validate(entry).length === 0)]).filter(([, content]) => content);
}

/** A long article: paragraphs, headings and lists, with a block every so often (distinct titles, JSON and YAML by turns). */
function article(contents) {
  const lines = ["# A long article", ""];
  const every = Math.floor(LINES / BLOCKS);
  for (let block = 0; block < BLOCKS; block++) {
    const [kind, content] = contents[block % contents.length];
    const props = { ...content, title: `${content.title} (part ${block + 1})` };
    const body = block % 2 === 0 ? stringify(props, { lineWidth: 0 }) : `${JSON.stringify(props, null, 2)}\n`;
    lines.push(`## Part ${block + 1}`, "", `\`\`\`${kind}`, ...body.trimEnd().split("\n"), "```", "");
    for (let i = 0; lines.length < (block + 1) * every; i++) {
      lines.push(i % 6 === 5 ? "" : i % 12 < 6 ? `A sentence of prose with some *emphasis* and a [link](https://example.org/${i}), line ${i}.` : `- a list item about point ${i}`);
    }
  }
  return lines.slice(0, LINES).join("\n");
}

/** Median time in ms of processing the article with the given pipeline. */
async function median(makeProcessor, markdown, path) {
  const times = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const start = performance.now();
    await makeProcessor().process(new VFile({ path, value: markdown }));
    if (run >= 2) times.push(performance.now() - start); // the first two runs warm up the JIT and load the kinds
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const markdown = article(await contentByKind());
const toHtml = (withPlugin) => () => {
  const processor = unified().use(remarkParse);
  if (withPlugin) processor.use(remarkInfographics);
  return processor.use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true });
};
const toTree = (withPlugin) => () => {
  // An MDX build's share: the Markdown tree turned into JSX nodes (the bundler then compiles and renders them).
  const processor = unified().use(remarkParse);
  if (withPlugin) processor.use(remarkInfographics);
  return processor.use(() => () => {}).use(function compiler() { this.compiler = () => ""; });
};

console.log(`article: ${markdown.split("\n").length} lines, ${BLOCKS} blocks; median of ${RUNS} runs each`);
for (const [name, make, path] of [["Markdown to HTML (static figures)", toHtml, "post.md"], ["MDX tree (components)", toTree, "post.mdx"]]) {
  const without = await median(make(false), markdown, path);
  const withPlugin = await median(make(true), markdown, path);
  const added = withPlugin - without;
  console.log(`${name}: ${without.toFixed(1)} ms without, ${withPlugin.toFixed(1)} ms with: +${added.toFixed(1)} ms ${added < 100 ? "(under the 100 ms target)" : "(OVER the 100 ms target)"}`);
}
