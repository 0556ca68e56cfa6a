import { compile } from "@mdx-js/mdx";
import { JSDOM } from "jsdom";
import { renderToString } from "react-dom/server";
import { VFile } from "vfile";
import { KIND_NAMES, loadKind } from "../../src/kinds";
import remarkInfographics from "../../src/remark";
import { InvalidContentError, renderToHTML, renderToSVG } from "../../src/static";
import { markdownToHtml } from "../remark/pipelines";
import { KIND_EXAMPLES, labelsOf } from "./examples";

/** Text content of markup, whitespace collapsed, entities decoded. */
const textOf = (markup: string, contentType: "text/html" | "image/svg+xml") =>
  (new JSDOM(markup, { contentType }).window.document.documentElement.textContent ?? "").replace(/\s+/g, " ");
const joined = (text: string) => text.replace(/-\s|\s/g, "");

describe.each(KIND_NAMES)("the %s kind goes through every way out", (name) => {
  const props = KIND_EXAMPLES[name];

  it("has reference content and a registry entry named as it is registered", async () => {
    expect(props, `add an example for ${name} to tests/kinds/examples.ts`).toBeDefined();
    const kind = await loadKind(name);
    expect(kind.name).toBe(name);
    expect(kind.validate(props)).toEqual([]);
  });

  it("renders on the server with every label", async () => {
    const { Component } = await loadKind(name);
    const text = joined(textOf(renderToString(<Component {...props!} title={props!.title as string} />), "text/html"));
    for (const label of labelsOf(props)) expect(text).toContain(joined(label));
  });

  it.each([720, 360])("renders to a standalone SVG %i px wide that parses as XML and holds every label", async (width) => {
    const svg = await renderToSVG(name, props, { width });
    const document = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
    const root = document.documentElement;
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("width")).toBe(String(width));
    expect(root.querySelector("title")?.textContent).toBe(props!.title);
    expect(svg).not.toMatch(/var\(--|@container|foreignObject|url\(/);
    // Names of groups (a Venn region's list) are read by screen readers even where they are not drawn.
    const names = Array.from(root.querySelectorAll("[aria-label]"), (element: Element) => element.getAttribute("aria-label"));
    const text = joined(`${root.textContent} ${names.join(" ")}`);
    for (const label of labelsOf(props)) expect(text).toContain(joined(label));
  });

  it("renders to an HTML figure that carries its content for the embed script", async () => {
    const html = await renderToHTML(name, props);
    const document = new JSDOM(html).window.document;
    const figures = document.querySelectorAll("body > figure");
    expect(figures).toHaveLength(1);
    const data = figures[0]!.querySelector(':scope > script[type="application/json"]');
    expect(JSON.parse(data!.textContent!)).toEqual({ kind: name, props });
  });

  it("goes through the remark plugin: its fenced block becomes the HTML figure in Markdown and the component in MDX", async () => {
    const block = `# Post\n\n\`\`\`${name}\n${JSON.stringify(props, null, 2)}\n\`\`\`\n`;
    const html = String(await markdownToHtml(block));
    expect(new JSDOM(html).window.document.querySelectorAll("body > figure")).toHaveLength(1);
    const { componentName } = await loadKind(name);
    const js = String(await compile(new VFile({ path: "post.mdx", value: block }), { remarkPlugins: [remarkInfographics] }));
    expect(js).toContain(`import {${componentName}} from "react-infographics";`);
  });

  it("refuses invalid content with every problem and its path", async () => {
    const invalid = { ...props, title: "" };
    await expect(renderToSVG(name, invalid)).rejects.toThrow(InvalidContentError);
    await expect(renderToHTML(name, invalid)).rejects.toThrow(/^.*cannot be drawn:\ntitle: /);
  });
});

it("names the known kinds when asked for an unknown one", async () => {
  await expect(renderToSVG("pie-chart", {})).rejects.toThrow(/unknown infographic kind "pie-chart"; known kinds: venn-diagram, lifecycle-timeline/);
});
