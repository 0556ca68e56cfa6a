import type { Program } from "estree";
import type { Code, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import type { MdxjsEsm } from "mdast-util-mdxjs-esm";
import type { VFile } from "vfile";
import { importProgram, spreadProgram } from "./estree";

/** Where the MDX output imports components from. */
export const PACKAGE_NAME = "react-infographics";

/** True when the tree holds MDX: nodes only MDX syntax makes (ESM, expressions, JSX), or a file named `.mdx`. */
export function isMdx(tree: Root, file: VFile): boolean {
  if (file.extname === ".mdx") return true;
  const hasMdxNode = (node: { type: string; children?: unknown[] }): boolean =>
    node.type.startsWith("mdx") || (node.children ?? []).some((child) => hasMdxNode(child as { type: string }));
  return hasMdxNode(tree);
}

/** The JSX element `<Name {...props} />`, with its props as an estree object that MDX compiles as written. */
export function componentElement(componentName: string, props: unknown, at: Code["position"]): MdxJsxFlowElement {
  return {
    type: "mdxJsxFlowElement",
    name: componentName,
    attributes: [{ type: "mdxJsxExpressionAttribute", value: `...${JSON.stringify(props)}`, data: { estree: spreadProgram(props) } }],
    children: [],
    position: at,
  };
}

/** Names the file's own ESM already binds, so that a component the author imported by hand is not declared twice. */
function boundNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== "mdxjsEsm") continue;
    const program = node.data?.estree as Program | undefined;
    for (const statement of program?.body ?? []) {
      if (statement.type === "ImportDeclaration") statement.specifiers.forEach((specifier) => names.add(specifier.local.name));
    }
  }
  return names;
}

/** Adds an import from the package, once, for each component used that the file does not already import. */
export function addImports(tree: Root, componentNames: Iterable<string>): void {
  const bound = boundNames(tree);
  const imports: RootContent[] = [];
  for (const name of new Set(componentNames)) {
    if (bound.has(name)) continue;
    // The source text is only for tools that print the tree; MDX compiles the estree.
    const value = `import { ${name} } from ${JSON.stringify(PACKAGE_NAME)}`;
    const esm: MdxjsEsm = { type: "mdxjsEsm", value, data: { estree: importProgram(name, PACKAGE_NAME) } };
    imports.push(esm);
  }
  tree.children.unshift(...imports);
}
