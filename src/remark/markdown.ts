import type { Html } from "mdast";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { InfographicKind } from "../core/kind";
import type { InfographicProps } from "../core/types";
import { contentId } from "../static/content-id";
import { renderToHTML } from "../static/render";

/** The static HTML figure for valid content, as a raw HTML node (remark-rehype and rehype-stringify must allow raw HTML). */
export async function staticFigure(kind: InfographicKind, props: unknown, at: Html["position"]): Promise<Html> {
  return { type: "html", value: await renderToHTML(kind.name, props), position: at };
}

/**
 * The component's own error figure for invalid content: the component draws it when given props it cannot use.
 * Its ids are prefixed from the content, as the static renderer's are, so that two figures on a page never share one.
 */
export function errorFigure(kind: InfographicKind, props: unknown, at: Html["position"]): Html {
  const element = createElement(kind.Component, props as InfographicProps);
  return { type: "html", value: renderToStaticMarkup(element, { identifierPrefix: `ri${contentId(kind.name, props)}-` }), position: at };
}
