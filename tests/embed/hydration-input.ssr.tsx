// What the embed script hydrates with must render to exactly the static HTML, attributes included: production React
// does not compare attributes while hydrating, so a difference there would go unnoticed in the browser.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { InfographicProps } from "../../src/core/types";
import { KIND_NAMES, loadKind } from "../../src/kinds";
import { renderToHTML } from "../../src/static";
import { contentId } from "../../src/static/content-id";
import { readContent } from "../../src/embed/read-content";
import { KIND_EXAMPLES } from "../kinds/examples";

/** The JSON a static figure carries, and its markup without that script. */
function splitSnippet(html: string): { json: string; markup: string } {
  const match = html.match(/<script type="application\/json" data-ri-content="">([\s\S]*?)<\/script><\/figure>$/);
  if (!match) throw new Error("the snippet has no content script at its end");
  return { json: match[1]!, markup: html.replace(match[0], "</figure>") };
}

describe.each(KIND_NAMES)("a static %s read back by the embed script", (name) => {
  it.for([["no theme option"], ["the dark theme option"]] as const)("renders to the same markup with %s", async ([option]) => {
    const html = await renderToHTML(name, KIND_EXAMPLES[name], option === "no theme option" ? {} : { theme: "dark" });
    const { json, markup } = splitSnippet(html);
    const read = readContent(json);
    if ("problem" in read) throw new Error(read.problem.message);
    expect(read.content.kind).toBe(name);
    if (option !== "no theme option") expect((read.content.props as InfographicProps).theme).toBe("dark");
    const { Component } = await loadKind(read.content.kind);
    const again = renderToString(<Component {...(read.content.props as InfographicProps)} />, {
      identifierPrefix: `ri${contentId(read.content.kind, read.content.props)}-`,
    });
    expect(again).toBe(markup);
  });
});
