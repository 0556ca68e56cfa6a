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
const RUNS = 15;

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

const middle = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Median wall time and median CPU time (this process, all threads) in ms of processing the article. CPU time
 * says more than wall time on a machine shared with other work.
 */
async function median(makeProcessor, markdown, path) {
  const wall = [];
  const cpu = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await makeProcessor().process(new VFile({ path, value: markdown }));
    const used = process.cpuUsage(cpuStart);
    if (run < 2) continue; // the first two runs warm up the JIT and load the kinds
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: middle(wall), cpu: middle(cpu) };
}

const blocks = blocksOf(await contentByKind());
const markdown = article(blocks);
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

// The static renderer's share of the Markdown run: the same 20 figures, rendered without remark.
const renderer = await median(() => ({ process: () => Promise.all(blocks.map(([kind, props]) => renderToHTML(kind, props))) }), markdown, "post.md");

console.log(`article: ${markdown.split("\n").length} lines, ${BLOCKS} blocks; median of ${RUNS} runs each; React ${process.env.NODE_ENV} build`);
for (const [name, make, path] of [["Markdown to HTML (static figures)", toHtml, "post.md"], ["MDX tree (components)", toTree, "post.mdx"]]) {
  const without = await median(make(false), markdown, path);
  const withPlugin = await median(make(true), markdown, path);
  const verdict = (added) => `+${added.toFixed(1)} ms ${added < 100 ? "(under the 100 ms target)" : "(OVER the 100 ms target)"}`;
  console.log(`${name}:`);
  console.log(`  wall: ${without.wall.toFixed(1)} ms without, ${withPlugin.wall.toFixed(1)} ms with: ${verdict(withPlugin.wall - without.wall)}`);
  console.log(`  CPU:  ${without.cpu.toFixed(1)} ms without, ${withPlugin.cpu.toFixed(1)} ms with: ${verdict(withPlugin.cpu - without.cpu)}`);
  if (path === "post.md") console.log(`  of which the static renderer's 20 figures alone: ${renderer.wall.toFixed(1)} ms wall, ${renderer.cpu.toFixed(1)} ms CPU`);
}
