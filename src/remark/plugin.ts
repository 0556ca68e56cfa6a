import type { Code, Parents, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import type { InfographicKind } from "../core/kind";
import { isRecord } from "../core/validate";
import { isKindName, KIND_NAMES, loadKind } from "../kinds";
import { errorFigure, staticFigure } from "./markdown";
import { addImports, componentElement, isMdx } from "./mdx";
import type { RemarkInfographicsOptions } from "./options";
import { parseContent } from "./parse-content";
import { reportProblems } from "./report";

/** A fenced block to turn into an infographic, with where it sits. */
interface Block {
  node: Code;
  parent: Parents;
  index: number;
}

/** Every fenced code block whose language is one of the accepted kinds, in document order. */
function findBlocks(tree: Root, accepted: ReadonlySet<string>): Block[] {
  const blocks: Block[] = [];
  const visit = (parent: Parents) =>
    parent.children.forEach((node, index) => {
      if (node.type === "code" && node.lang && accepted.has(node.lang)) blocks.push({ node, parent, index });
      else if ("children" in node) visit(node);
    });
  visit(tree);
  return blocks;
}

/** What a block becomes; reports its problems first, which throws (stopping the build) when `onError` is `fail`. */
async function replacement(block: Block, kind: InfographicKind, file: VFile, mdx: boolean, options: RemarkInfographicsOptions): Promise<RootContent> {
  const { node } = block;
  const onError = options.onError ?? "fail";
  const parsed = parseContent(node.value);
  let props: unknown = {};
  let valid = false;
  if (!parsed.ok) reportProblems(file, node, kind.name, [{ reason: parsed.message, offset: parsed.offset }], onError);
  else {
    const problems = kind.validate(parsed.value);
    const located = problems.map(({ path, message }) => ({ reason: `${path}: ${message}`, offset: parsed.locate(path) }));
    reportProblems(file, node, kind.name, located, onError);
    valid = problems.length === 0;
    if (isRecord(parsed.value)) props = options.theme !== undefined && parsed.value.theme === undefined ? { ...parsed.value, theme: options.theme } : parsed.value;
  }
  if (mdx) return componentElement(kind.componentName, props, node.position);
  return valid ? staticFigure(kind, props, node.position) : errorFigure(kind, props, node.position);
}

/**
 * The remark plugin: a fenced block whose language is a kind name (```` ```venn-diagram ````), holding the props as
 * JSON or YAML, becomes that infographic. In MDX it becomes the component (`<VennDiagram {...props} />`, imported
 * once per file); in Markdown, the static HTML figure. Bad content is reported at the line and column of the
 * offending key.
 */
export default function remarkInfographics(options: RemarkInfographicsOptions = {}) {
  const unknown = (options.kinds ?? []).filter((name) => !isKindName(name));
  // A misspelt kind would otherwise leave its blocks as code without a word.
  if (unknown.length > 0) throw new Error(`react-infographics/remark: unknown kind ${unknown.map((name) => `"${name}"`).join(", ")} in options.kinds; known kinds: ${KIND_NAMES.join(", ")}`);
  const accepted = new Set<string>(options.kinds ?? KIND_NAMES);
  return async function transform(tree: Root, file: VFile): Promise<void> {
    const blocks = findBlocks(tree, accepted);
    if (blocks.length === 0) return;
    const mdx = isMdx(tree, file);
    const kinds = new Map<string, InfographicKind>();
    for (const name of new Set(blocks.map((block) => block.node.lang!))) kinds.set(name, await loadKind(name));
    const results = await Promise.all(blocks.map((block) => replacement(block, kinds.get(block.node.lang!)!, file, mdx, options)));
    // Replaced in place: the blocks' indexes stay valid, since each block is swapped for exactly one node.
    blocks.forEach(({ parent, index }, i) => (parent.children[index] = results[i] as (typeof parent.children)[number]));
    if (mdx) addImports(tree, blocks.map((block) => kinds.get(block.node.lang!)!.componentName));
  };
}
