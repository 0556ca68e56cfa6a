// How much the remark plugin adds to a remark run on a long article: 2,000 lines of Markdown holding 20 fenced
// blocks, processed with and without the plugin; prints the median of several runs of each. Target: under 100 ms
// added. A benchmark, not a test: run it on a quiet machine (`npm run build` first). React runs its production
// build, as in a site's production build; `NODE_ENV=development` measures what a dev server pays instead.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { stringify } from "yaml";

process.env.NODE_ENV ??= "production"; // before React loads: it picks its build once
const root = resolve(import.meta.dirname, "../..");
if (!existsSync(join(root, "dist/remark.js"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const { default: remarkInfographics } = await import(join(root, "dist/remark.js"));
const { KIND_NAMES, loadKind } = await import(join(root, "dist/kinds.js"));
const { renderToHTML } = await import(join(root, "dist/static.js"));

const LINES = 2000;
const BLOCKS = 20;
const RUNS = 21;

/** The reference content of each kind, matched to its kind by the kind's own validator, so no kind is named here. */
async function contentByKind() {
  const fixture = JSON.parse(readFileSync(join(root, "stories/fixtures/product-vs-project-manager.json"), "utf8"));
  const kinds = await Promise.all(KIND_NAMES.map(loadKind));
  const entries = Object.values(fixture).filter((value) => value && typeof value === "object");
  return kinds.map((kind) => [kind.name, entries.find((entry) => kind.validate(entry).length === 0)]).filter(([, content]) => content);
}

/** The 20 blocks' kinds and props: the reference content by turns, each with a title of its own. */
const blocksOf = (contents) =>
  Array.from({ length: BLOCKS }, (_, block) => {
    const [kind, content] = contents[block % contents.length];
    return [kind, { ...content, title: `${content.title} (part ${block + 1})` }];
  });

/** A long article: paragraphs, headings and lists, with a block every so often (JSON and YAML by turns). */
function article(blocks) {
  const lines = ["# A long article", ""];
  const every = Math.floor(LINES / BLOCKS);
  for (let block = 0; block < BLOCKS; block++) {
    const [kind, props] = blocks[block];
    const body = block % 2 === 0 ? stringify(props, { lineWidth: 0 }) : `${JSON.stringify(props, null, 2)}\n`;
    lines.push(`## Part ${block + 1}`, "", `\`\`\`${kind}`, ...body.trimEnd().split("\n"), "```", "");
    for (let i = 0; lines.length < (block + 1) * every; i++) {
      lines.push(i % 6 === 5 ? "" : i % 12 < 6 ? `A sentence of prose with some *emphasis* and a [link](https://example.org/${i}), line ${i}.` : `- a list item about point ${i}`);
    }
  }
  return lines.slice(0, LINES).join("\n");
}

const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Wall and CPU time (this process, all threads) in ms of one call; CPU time says more on a machine shared with other work. */
async function timed(run) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpuStart);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

/**
 * Times the article without and with the plugin, the two runs side by side in turns (so that a change in the
 * machine's load hits both alike), after two warm-up rounds that compile the code and load the kinds. Returns the
 * medians of each and the median of the paired differences.
 */
async function compare(makeProcessor, markdown, path) {
  const rounds = [];
  for (let round = 0; round < RUNS + 2; round++) {
    const order = round % 2 === 0 ? [false, true] : [true, false];
    const times = {};
    for (const withPlugin of order) times[withPlugin] = await timed(() => makeProcessor(withPlugin).process(new VFile({ path, value: markdown })));
    if (round >= 2) rounds.push(times);
  }
  const summary = (key) => ({
    without: middle(rounds.map((r) => r.false[key])),
    with: middle(rounds.map((r) => r.true[key])),
    added: middle(rounds.map((r) => r.true[key] - r.false[key])),
  });
  return { wall: summary("wall"), cpu: summary("cpu") };
}

const blocks = blocksOf(await contentByKind());
const markdown = article(blocks);
const toHtml = (withPlugin) => {
  const processor = unified().use(remarkParse);
  if (withPlugin) processor.use(remarkInfographics);
  return processor.use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true });
};
const toTree = (withPlugin) => {
  // An MDX build's share: the Markdown tree turned into JSX nodes (the bundler then compiles and renders them).
  const processor = unified().use(remarkParse);
  if (withPlugin) processor.use(remarkInfographics);
  return processor.use(function compiler() {
    this.compiler = () => "";
  });
};

console.log(`article: ${markdown.split("\n").length} lines, ${BLOCKS} blocks; ${RUNS} paired runs; React ${process.env.NODE_ENV} build`);
for (const [name, make, path] of [["Markdown to HTML (static figures)", toHtml, "post.md"], ["MDX tree (components)", toTree, "post.mdx"]]) {
  const { wall, cpu } = await compare(make, markdown, path);
  const line = (label, t) =>
    `  ${label} median ${t.without.toFixed(1)} ms without, ${t.with.toFixed(1)} ms with; added: ${t.added.toFixed(1)} ms ${t.added < 100 ? "(under the 100 ms target)" : "(OVER the 100 ms target)"}`;
  console.log(`${name}:`);
  console.log(line("wall:", wall));
  console.log(line("CPU: ", cpu));
}
// The static renderer's share of the Markdown run: the same 20 figures rendered without remark.
const render = [];
for (let round = 0; round < RUNS + 2; round++) render.push(await timed(() => Promise.all(blocks.map(([kind, props]) => renderToHTML(kind, props)))));
const rendered = render.slice(2);
console.log(`The static renderer alone, 20 figures: median ${middle(rendered.map((t) => t.wall)).toFixed(1)} ms wall, ${middle(rendered.map((t) => t.cpu)).toFixed(1)} ms CPU`);
