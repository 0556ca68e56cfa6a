// The plugin inside @mdx-js/mdx: blocks become components, each imported once, and MDX is told from Markdown.
import { compile } from "@mdx-js/mdx";
import { VFile } from "vfile";
import { KIND_NAMES, loadKind } from "../../src/kinds";
import remarkInfographics, { type RemarkInfographicsOptions } from "../../src/remark";
import { KIND_EXAMPLES } from "../kinds/examples";
import { everyKindArticle, fencedBlock, markdownToHtml } from "./pipelines";

/** MDX compiled to a JavaScript module, as a bundler's MDX loader does. */
async function mdxToJs(source: string, options: RemarkInfographicsOptions = {}, path = "post.mdx"): Promise<VFile> {
  return compile(new VFile({ path, value: source }), { remarkPlugins: [[remarkInfographics, options]] });
}

const importsOf = (js: string) => js.match(/^import .* from "react-infographics";$/gm) ?? [];

describe("in MDX", () => {
  it("turns each block into its component, imported once per component from the package", async () => {
    const venn = fencedBlock("venn-diagram", KIND_EXAMPLES["venn-diagram"], "yaml");
    const js = String(await mdxToJs(`${everyKindArticle()}\n${venn}\n`));
    const names = await Promise.all(KIND_NAMES.map(async (kind) => (await loadKind(kind)).componentName));
    expect(importsOf(js).sort()).toEqual(names.map((name) => `import {${name}} from "react-infographics";`).sort());
    for (const name of names) expect(js).toContain(`_jsx(${name}, {`);
    expect(js.match(/_jsx\(VennDiagram, \{/g)).toHaveLength(2);
    expect(js).not.toContain("language-venn-diagram");
  });

  it("passes the content as props; a `__proto__` key stays a plain key, never the object's prototype", async () => {
    const json = JSON.stringify(KIND_EXAMPLES["venn-diagram"]).replace(/^\{/, '{"__proto__": {"polluted": true}, ');
    const js = String(await mdxToJs(`\`\`\`venn-diagram\n${json}\n\`\`\`\n`));
    expect(js).toContain('["__proto__"]: {');
    expect(js).toContain(`"title": ${JSON.stringify(KIND_EXAMPLES["venn-diagram"]!.title)}`);
  });

  it("does not import a component the file already imports", async () => {
    const source = `import { VennDiagram } from "react-infographics";\n\n<VennDiagram {...${JSON.stringify(KIND_EXAMPLES["venn-diagram"])}} />\n\n${fencedBlock("venn-diagram", KIND_EXAMPLES["venn-diagram"], "yaml")}\n`;
    expect(importsOf(String(await mdxToJs(source)))).toEqual(['import {VennDiagram} from "react-infographics";']);
  });

  it("recognises MDX by the file's extension when the file has no MDX syntax, and Markdown otherwise", async () => {
    const block = fencedBlock("comparison-table", KIND_EXAMPLES["comparison-table"], "json");
    expect(String(await mdxToJs(`# Plain\n\n${block}\n`))).toContain("_jsx(ComparisonTable, {");
    const asMarkdown = String(await markdownToHtml(`# Plain\n\n${block}\n`, {}, "post.md"));
    expect(asMarkdown).toMatch(/^<h1>Plain<\/h1>\n<figure class="ri-figure/);
  });

  it("with onError warn, keeps the invalid content as props, so the component draws its own error figure", async () => {
    const file = await mdxToJs("```venn-diagram\ntitle: Roles\nsets: []\n```\n", { onError: "warn" });
    expect(file.messages.map(String)).toEqual(["post.mdx:3:1: sets: must have 2 to 3 entries, got 0"]);
    expect(String(file)).toMatch(/_jsx\(VennDiagram, \{\s*"title": "Roles",\s*"sets": \[\]\s*\}\)/);
  });

  it("with onError fail, stops the compile at the offending key", async () => {
    await expect(mdxToJs("Text.\n\n```venn-diagram\ntitle: Roles\nsets: []\n```\n")).rejects.toMatchObject({ line: 5, column: 1, reason: "sets: must have 2 to 3 entries, got 0" });
  });
});
