// Real unified pipelines around the plugin, and articles to feed them.
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { stringify } from "yaml";
import { KIND_NAMES } from "../../src/kinds";
import remarkInfographics, { type RemarkInfographicsOptions } from "../../src/remark";
import { KIND_EXAMPLES } from "../kinds/examples";

/** Markdown to HTML as a static site does it; raw HTML must be let through twice for the figures to survive. */
export function markdownToHtml(markdown: string, options: RemarkInfographicsOptions = {}, path = "post.md"): Promise<VFile> {
  return unified()
    .use(remarkParse)
    .use(remarkInfographics, options)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(new VFile({ path, value: markdown }));
}

/** A fenced block holding content as JSON or YAML. */
export function fencedBlock(kind: string, props: unknown, format: "json" | "yaml"): string {
  const body = format === "json" ? `${JSON.stringify(props, null, 2)}\n` : stringify(props, { lineWidth: 0 });
  return `\`\`\`${kind}\n${body}\`\`\``;
}

/** An article with a block of every kind in the registry, JSON and YAML by turns, between paragraphs. */
export function everyKindArticle(): string {
  const sections = KIND_NAMES.map((kind, i) => `## Part ${i + 1}\n\nSome words before the picture.\n\n${fencedBlock(kind, KIND_EXAMPLES[kind], i % 2 === 0 ? "yaml" : "json")}\n`);
  return `# Every kind\n\nAn article that uses every infographic.\n\n${sections.join("\n")}\nThe end.\n`;
}
